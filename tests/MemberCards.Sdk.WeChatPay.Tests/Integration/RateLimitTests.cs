using System.Text.Json.Nodes;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// A rate-limit answer (429) from a WireMock.Net stub: the caller gets a <see cref="WeChatPayApiException"/> that says
/// it is a rate limit, a write is sent exactly once, and sending the same request object again sends the same
/// <c>out_request_no</c>; a read is retried as configured.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private const string Family = "/v3/brand/partner/card-member";
    private static readonly Lazy<WeChatPayTestKey> Merchant = new(() => WeChatPayTestKey.Create("wiremock merchant"));
    private static readonly Lazy<WeChatPayTestKey> WeChatPay = new(() => WeChatPayTestKey.Create("wiremock wechatpay"));
    private readonly WireMockServer server = WireMockServer.Start();

    [Theory]
    [InlineData("FREQUENCY_LIMITED")]
    [InlineData("RATELIMIT_EXCEEDED")]
    public async Task A_429_to_a_write_is_a_rate_limit_exception_sent_once_and_the_same_key_is_resent(string code)
    {
        server.Given(Request.Create().WithPath(Family + "/user-points/sync").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Content-Type", "application/json").WithBody($$"""{"code":"{{code}}","message":"频率超限"}"""));
        await using var provider = Provider();
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();
        var sync = new SyncUserPointsRequest { BrandId = "1004", CardId = "c1", OpenId = "o1", UserCardCode = "478515832665", PointBalance = 1200 };

        var first = await Assert.ThrowsAsync<WeChatPayApiException>(() => client.SyncUserPointsAsync(sync));
        Assert.Single(server.LogEntries);
        var second = await Assert.ThrowsAsync<WeChatPayApiException>(() => client.SyncUserPointsAsync(sync));

        Assert.True(first.IsRateLimited);
        Assert.Equal((429, code), (first.StatusCode, first.ErrorCode));
        Assert.Contains("Rate limited", first.Message, StringComparison.Ordinal);
        Assert.Contains("5 requests per second", first.Message, StringComparison.Ordinal);
        Assert.Contains("never retries a write", first.Message, StringComparison.Ordinal);
        Assert.True(second.IsRateLimited);
        var keys = server.LogEntries.Select(l => (string?)JsonNode.Parse(l.RequestMessage.Body!)!["out_request_no"]).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(sync.OutRequestNo, keys[0]);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task A_429_to_a_read_is_retried_then_reported_as_a_rate_limit()
    {
        server.Given(Request.Create().WithPath(Family + "/membership-activities").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Content-Type", "application/json").WithBody("""{"code":"RATELIMIT_EXCEEDED","message":"频率超限"}"""));
        await using var provider = Provider();
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => client.ListMembershipActivitiesAsync(new ListMembershipActivitiesRequest { BrandId = "1004" }));

        Assert.True(error.IsRateLimited);
        Assert.Contains("Rate limited", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.LogEntries.Count());
    }

    [Fact]
    public async Task Other_errors_are_not_rate_limits()
    {
        server.Given(Request.Create().WithPath(Family + "/user-points/sync").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody("""{"code":"PARAM_ERROR","message":"参数错误"}"""));
        await using var provider = Provider();
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => client.SyncUserPointsAsync(new SyncUserPointsRequest { BrandId = "1004", CardId = "c1", OpenId = "o1", UserCardCode = "1", PointBalance = 1 }));

        Assert.False(error.IsRateLimited);
        Assert.DoesNotContain("Rate limited", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_answers_the_request_over_its_per_second_limit_with_429_and_the_sdk_says_so()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var harness = await Harness.PublicKeyModeAsync(time: time);
        harness.Emulator.RateLimitPerSecond = 5;
        var who = new CreateMemberTokenRequest { BrandId = "1004", CardId = "c1", OpenId = "o1" };
        for (var i = 0; i < 5; i++)
        {
            await harness.Client.CreatePreAuthTokenAsync(who);
        }

        var limited = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.CreatePreAuthTokenAsync(who));
        time.Advance(TimeSpan.FromSeconds(1));
        var after = await harness.Client.CreatePreAuthTokenAsync(who);

        Assert.True(limited.IsRateLimited);
        Assert.Equal((429, "RATELIMIT_EXCEEDED"), (limited.StatusCode, limited.ErrorCode));
        Assert.Contains("Rate limited", limited.Message, StringComparison.Ordinal);
        Assert.NotNull(after.Token);
        Assert.Equal(7, harness.Emulator.Host.Requests.Count(r => r.Path.EndsWith("/pre-auth-tokens", StringComparison.Ordinal)));
    }

    public void Dispose() => server.Dispose();

    private ServiceProvider Provider()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay(o =>
        {
            o.MerchantId = "1900007291";
            o.CertificateSerialNumber = Merchant.Value.SerialNumber;
            o.PrivateKey = Merchant.Value.PrivateKeyPem;
            o.PublicKeyId = "PUB_KEY_ID_0114232134912410000000000000";
            o.PublicKey = WeChatPay.Value.PublicKeyPem;
            o.BaseAddress = new Uri(server.Url!);
            o.MaxRetries = 2;
            o.RetryDelay = TimeSpan.Zero;
        });
        return services.BuildServiceProvider();
    }
}
