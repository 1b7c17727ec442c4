using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>
/// Issue 19 item 3: "a captured push cannot be replayed" holds only when the de-duplication window covers the whole span in
/// which the push's signed timestamp is accepted (twice <see cref="WeChatCardsOptions.PushTimestampWindow"/>).
/// </summary>
public sealed class ReplayWindowTests
{
    private const long SignedAt = 1716192000;
    private const string Nonce = "77120";

    private static readonly string Push = $"<xml><ToUserName><![CDATA[gh_fc0a06a20993]]></ToUserName><FromUserName><![CDATA[oReplay]]></FromUserName><CreateTime>{SignedAt}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[user_view_card]]></Event><CardId><![CDATA[p]]></CardId></xml>";

    private static WeChatCardsOptions Options(TimeSpan deduplication, TimeSpan timestampWindow) => new()
    {
        AppId = WeChatTestHosts.AppId,
        AppSecret = WeChatTestHosts.AppSecret,
        PushToken = WeChatTestHosts.PushToken,
        DeduplicationWindow = deduplication,
        PushTimestampWindow = timestampWindow,
    };

    [Fact]
    public void A_deduplication_window_shorter_than_twice_the_timestamp_window_fails_validation_naming_both_settings()
    {
        var result = new WeChatCardsOptionsValidator().Validate("shop", Options(TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(5)));

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("MemberCards:WeChat(shop):DeduplicationWindow (00:00:03) must be at least twice MemberCards:WeChat(shop):PushTimestampWindow (00:05:00)", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_and_exactly_twice_the_timestamp_window_are_valid()
    {
        Assert.True(new WeChatCardsOptionsValidator().Validate(string.Empty, Options(new WeChatCardsOptions().DeduplicationWindow, new WeChatCardsOptions().PushTimestampWindow)).Succeeded);
        Assert.True(new WeChatCardsOptionsValidator().Validate(string.Empty, Options(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1))).Succeeded);
    }

    [Fact]
    public void A_host_configured_with_the_reported_three_second_window_does_not_start()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatCards(o =>
        {
            o.AppId = WeChatTestHosts.AppId;
            o.AppSecret = WeChatTestHosts.AppSecret;
            o.PushToken = WeChatTestHosts.PushToken;
            o.DeduplicationWindow = TimeSpan.FromSeconds(3);
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName));

        Assert.Contains("DeduplicationWindow", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PushTimestampWindow", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_replayed_at_any_moment_its_timestamp_is_accepted_runs_its_handlers_once()
    {
        // The first delivery arrives as early as the window allows (the signed timestamp a full window ahead of the clock);
        // the replay as late as it allows. With DeduplicationWindow = 2 x PushTimestampWindow it is still remembered.
        var window = TimeSpan.FromMinutes(1);
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(SignedAt) - window + TimeSpan.FromMilliseconds(1));
        var recorder = new Recorder();
        var dispatcher = Dispatchers.Create(Options(2 * window, window), b => b.AddHandler<WeChatEvent, RecordingHandler<WeChatEvent>>(), recorder, clock);
        var query = new WeChatPushQuery { Signature = WeChatServerSignature.Compute(WeChatTestHosts.PushToken, $"{SignedAt}", Nonce), Timestamp = $"{SignedAt}", Nonce = Nonce };
        var body = Encoding.UTF8.GetBytes(Push);

        var first = await dispatcher.DispatchAsync(query, body);
        clock.Advance(2 * window - TimeSpan.FromMilliseconds(2));
        var lastAcceptedMoment = await dispatcher.DispatchAsync(query, body);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var stale = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => dispatcher.DispatchAsync(query, body));

        Assert.Equal(InboundOutcome.Handled, first.Outcome);
        Assert.Equal(InboundOutcome.Duplicate, lastAcceptedMoment.Outcome);
        Assert.Equal(SignatureFailureReason.StaleTimestamp, stale.Reason);
        Assert.Equal(1, recorder.Count);
    }
}
