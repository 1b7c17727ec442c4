using MemberCards.Sdk.TestHosts;
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.Youzan.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Youzan.Tests.Integration;

/// <summary>Issue 12 item 16, through the real <c>MapYouzanPush</c> endpoint on Kestrel.</summary>
public sealed class YouzanEndpointConcurrencyTests
{
    private static readonly DateTimeOffset EventTime = new(2026, 11, 22, 14, 5, 6, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_thousand_concurrent_identical_pushes_run_the_handler_exactly_once_and_every_delivery_is_answered()
    {
        var runs = new SlowCardRuns();
        await using var host = await StartAsync(runs);
        using var youzan = new YouzanPushEmulator(YouzanSamples.ClientId, YouzanSamples.Secret);
        var push = youzan.CardPush("concurrent-1", "CARD_UPDATED", EventTime);

        var responses = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => youzan.SendAsync(host.Url("/youzan/push"), push)));

        Assert.Equal(1, runs.Attempts);
        Assert.Equal(1, runs.Completed);
        Assert.All(responses, r => Assert.True(
            (r.StatusCode == 200 && r.Body == YouzanConstants.SuccessReplyJson) || (r.StatusCode == 503 && r.Body == """{"code":503,"msg":"being processed, please retry"}"""),
            $"{r.StatusCode} {r.Body}"));
        Assert.Contains(responses, r => r.StatusCode == 200);

        // Youzan's retries after the first delivery finished are acknowledged as duplicates without running anything.
        var retry = await youzan.SendAsync(host.Url("/youzan/push"), push.AsRetry());
        Assert.Equal(200, retry.StatusCode);
        Assert.Equal(1, runs.Attempts);
    }

    [Fact]
    public async Task A_failed_handler_releases_the_claim_so_the_retry_runs_it_once()
    {
        var runs = new SlowCardRuns { FailFirst = 1 };
        await using var host = await StartAsync(runs);
        using var youzan = new YouzanPushEmulator(YouzanSamples.ClientId, YouzanSamples.Secret);
        var push = youzan.CardPush("release-1", "CARD_UPDATED", EventTime);

        var first = await youzan.SendAsync(host.Url("/youzan/push"), push);
        var retries = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => youzan.SendAsync(host.Url("/youzan/push"), push.AsRetry())));
        var late = await youzan.SendAsync(host.Url("/youzan/push"), push.AsRetry());

        Assert.Equal(500, first.StatusCode);
        Assert.False(first.Acknowledged);
        Assert.Equal(2, runs.Attempts);
        Assert.Equal(1, runs.Completed);
        Assert.All(retries, r => Assert.True(r.StatusCode is 200 or 503, $"{r.StatusCode} {r.Body}"));
        Assert.Equal(200, late.StatusCode);
    }

    private static Task<LoopbackHost> StartAsync(SlowCardRuns runs)
        => LoopbackHost.StartAsync(
            b =>
            {
                b.Services.AddSingleton(runs);
                b.AddYouzan()
                    .Configure(o =>
                    {
                        o.ClientId = YouzanSamples.ClientId;
                        o.ClientSecret = YouzanSamples.Secret;
                    })
                    .AddHandler<YouzanCardEvent, SlowCardHandler>();
            },
            app => app.MapYouzanPush("/youzan/push"));
}
