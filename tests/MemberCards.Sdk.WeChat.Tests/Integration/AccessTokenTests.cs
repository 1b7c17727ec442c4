using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

public sealed class AccessTokenTests
{
    private static readonly WeChatCardIdRequest UnknownCard = new() { CardId = "pNoSuchCard" };

    private static async Task<string> CreateCardAsync(IServiceProvider sdk)
        => (await sdk.GetRequiredService<IWeChatCardClient>().CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;

    private static string TokenOf(MemberCards.Sdk.Testing.RecordedRequest request)
        => request.Query.Split('&', '?').Single(p => p.StartsWith("access_token=", StringComparison.Ordinal))["access_token=".Length..];

    [Fact]
    public async Task A_thousand_concurrent_first_callers_make_one_token_request()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var provider = sdk.GetRequiredService<IWeChatAccessTokenProvider>();
        using var start = new ManualResetEventSlim();

        var callers = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await provider.GetAccessTokenAsync();
        })).ToArray();
        start.Set();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, emulator.TokenRequestCount());
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task Concurrent_api_calls_share_one_token_request()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var cardId = await CreateCardAsync(sdk);
        emulator.Host.ClearRequests();
        var factory = sdk.GetRequiredService<IWeChatClientFactory>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => factory.Create(Options.DefaultName).GetCardAsync(new WeChatCardIdRequest { CardId = cardId })));

        Assert.Equal(1, emulator.TokenRequestCount());
        Assert.Equal(50, emulator.Requests.Count(r => r.Path == "/card/get"));
    }

    [Fact]
    public async Task The_token_is_refreshed_ahead_of_the_expiry_the_server_announced()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(clock, o => o.TokenLifetimeSeconds = 3600);
        // 4 minutes: inside the 5 minutes before expiry in which the stable endpoint hands out a new token.
        await using var sdk = WeChatTestHosts.Build(emulator, o => o.RefreshBeforeExpiry = TimeSpan.FromMinutes(4), time: clock);
        var provider = sdk.GetRequiredService<IWeChatAccessTokenProvider>();

        var first = await provider.GetAccessTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(3600 - 240 - 1));
        var stillFirst = await provider.GetAccessTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(2));
        var second = await provider.GetAccessTokenAsync();

        Assert.Equal(first, stillFirst);
        Assert.NotEqual(first, second);
        Assert.Equal(2, emulator.TokenRequestCount());
    }

    [Fact]
    public async Task A_stable_token_handed_out_again_is_kept_only_for_the_lifetime_the_server_announced()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(clock, o => o.TokenLifetimeSeconds = 3600);
        await using var hostA = WeChatTestHosts.Build(emulator, time: clock);
        await using var hostB = WeChatTestHosts.Build(emulator, o => o.RefreshBeforeExpiry = TimeSpan.FromMinutes(4), time: clock);

        var tokenA = await hostA.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(3000));
        var tokenB = await hostB.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(361));
        var renewedB = await hostB.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();

        // B got A's token with expires_in 600 and replaced it after 600 - 240 s, not after a hard-coded 7200.
        Assert.Equal(tokenA, tokenB);
        Assert.NotEqual(tokenB, renewedB);
        Assert.Equal(3, emulator.TokenRequestCount());
    }

    [Fact]
    public async Task An_expired_token_answered_42001_is_renewed_and_the_call_retried_once()
    {
        var serverClock = new FakeTimeProvider();
        var sdkClock = new FakeTimeProvider();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(serverClock);
        await using var sdk = WeChatTestHosts.Build(emulator, time: sdkClock);
        var cardId = await CreateCardAsync(sdk);

        serverClock.Advance(TimeSpan.FromSeconds(7201));
        var card = await sdk.GetRequiredService<IWeChatCardClient>().GetCardAsync(new WeChatCardIdRequest { CardId = cardId });

        Assert.Equal(cardId, card.Card!.MemberCard!.BaseInfo!.Id);
        var gets = emulator.Requests.Where(r => r.Path == "/card/get").ToList();
        Assert.Equal(2, gets.Count);
        Assert.NotEqual(TokenOf(gets[0]), TokenOf(gets[1]));
        Assert.Equal(gets[0].BodyText, gets[1].BodyText);
        Assert.Equal(2, emulator.TokenRequestCount());
    }

    [Fact]
    public async Task A_revoked_token_answered_40001_is_invalidated_renewed_and_retried_once()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var cardId = await CreateCardAsync(sdk);
        var cache = sdk.GetRequiredService<IDistributedCache>();
        var before = await cache.GetAsync("membercards:wechat:token:stable:" + WeChatTestHosts.AppId);

        emulator.RevokeTokens(WeChatTestHosts.AppId);
        var card = await sdk.GetRequiredService<IWeChatCardClient>().GetCardAsync(new WeChatCardIdRequest { CardId = cardId });

        Assert.NotNull(card.Card);
        Assert.Equal(2, emulator.TokenRequestCount());
        Assert.Equal(0, emulator.ForcedRefreshes);
        var after = await cache.GetAsync("membercards:wechat:token:stable:" + WeChatTestHosts.AppId);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Concurrent_calls_rejected_with_40001_renew_the_token_once()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var cardId = await CreateCardAsync(sdk);
        var factory = sdk.GetRequiredService<IWeChatClientFactory>();

        emulator.RevokeTokens(WeChatTestHosts.AppId);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.Create(Options.DefaultName).GetCardAsync(new WeChatCardIdRequest { CardId = cardId })));

        Assert.Equal(2, emulator.TokenRequestCount());
        Assert.Equal(0, emulator.ForcedRefreshes);
    }

    [Fact]
    public async Task Two_names_for_the_same_app_id_share_one_token_provider()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator, more: b => b.AddWeChatCards("sameAccount").Configure(o =>
        {
            o.AppId = WeChatTestHosts.AppId;
            o.AppSecret = WeChatTestHosts.AppSecret;
            o.BaseAddress = emulator.BaseAddress;
        }));
        var factory = sdk.GetRequiredService<IWeChatClientFactory>();

        Assert.Same(factory.GetAccessTokenProvider(Options.DefaultName), factory.GetAccessTokenProvider("sameAccount"));
        await Task.WhenAll(
            factory.Create(Options.DefaultName).CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() }),
            factory.Create("sameAccount").CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() }));
        Assert.Equal(1, emulator.TokenRequestCount());
    }

    [Fact]
    public async Task A_stable_token_rejected_again_is_force_refreshed_at_most_once_per_30_seconds()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(clock);
        await using var sdk = WeChatTestHosts.Build(emulator, time: clock);
        var cardId = await CreateCardAsync(sdk);
        var client = sdk.GetRequiredService<IWeChatCardClient>();

        emulator.RevokeTokens(WeChatTestHosts.AppId, stickyStableToken: true);
        await client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId });
        Assert.Equal(1, emulator.ForcedRefreshes);

        clock.Advance(TimeSpan.FromSeconds(10));
        emulator.RevokeTokens(WeChatTestHosts.AppId, stickyStableToken: true);
        var refused = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId }));
        Assert.Equal("40001", refused.ErrorCode);
        Assert.Equal(1, emulator.ForcedRefreshes);

        clock.Advance(TimeSpan.FromSeconds(21));
        await client.GetCardAsync(new WeChatCardIdRequest { CardId = cardId });
        Assert.Equal(2, emulator.ForcedRefreshes);
        var forced = emulator.Requests.Where(r => r.Path == "/cgi-bin/stable_token" && r.BodyText.Contains("\"force_refresh\":true", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, forced.Count);
    }

    [Fact]
    public async Task The_classic_token_endpoint_is_available_as_an_option()
    {
        var logs = new ListLoggerProvider();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator, o => o.TokenMode = WeChatTokenMode.Classic, logs: logs);

        await CreateCardAsync(sdk);

        // The classic endpoint carries the AppSecret in its query string: the SDK's clients carry none of
        // IHttpClientFactory's URL-logging handlers, so no log line shows the request target, let alone the secret.
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("/cgi-bin/token", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(WeChatTestHosts.AppSecret, StringComparison.Ordinal));

        var request = Assert.Single(emulator.Requests, r => r.Path.StartsWith("/cgi-bin/", StringComparison.Ordinal));
        Assert.Equal(("GET", "/cgi-bin/token"), (request.Method, request.Path));
        Assert.Contains("grant_type=client_credential", request.Query, StringComparison.Ordinal);
        Assert.Contains("appid=" + WeChatTestHosts.AppId, request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_app_secret_is_an_api_exception_without_the_secret()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator, o => o.AppSecret = "not-the-right-secret-xyz");

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => CreateCardAsync(sdk));

        Assert.Equal("40001", ex.ErrorCode);
        Assert.NotNull(ex.RequestId);
        Assert.DoesNotContain("not-the-right-secret-xyz", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_and_secret_never_reach_logs_or_exception_messages()
    {
        var logs = new ListLoggerProvider();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator, logs: logs);
        var cardId = await CreateCardAsync(sdk);
        emulator.RevokeTokens(WeChatTestHosts.AppId);
        await sdk.GetRequiredService<IWeChatCardClient>().GetCardAsync(new WeChatCardIdRequest { CardId = cardId });
        var error = await Assert.ThrowsAsync<MemberCardsApiException>(() => sdk.GetRequiredService<IWeChatCardClient>().GetCardAsync(UnknownCard));

        var tokens = emulator.Requests.Where(r => r.Query.Contains("access_token=", StringComparison.Ordinal)).Select(TokenOf).Distinct().ToList();
        Assert.Equal(2, tokens.Count);
        Assert.NotEmpty(logs.Lines);
        Assert.Contains(logs.Lines, l => l.Contains("access_token obtained", StringComparison.Ordinal));
        foreach (var secret in tokens.Append(WeChatTestHosts.AppSecret))
        {
            Assert.DoesNotContain(logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, sdk.GetRequiredService<IWeChatAccessTokenProvider>().ToString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Several_app_ids_live_in_one_host_with_their_own_tokens_and_cards()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.Apps["wxBrandB000000001"] = "secret-of-brand-b");
        await using var sdk = WeChatTestHosts.Build(emulator, more: b => b.AddWeChatCards("brandB").Configure(o =>
        {
            o.AppId = "wxBrandB000000001";
            o.AppSecret = "secret-of-brand-b";
            o.BaseAddress = emulator.BaseAddress;
        }));
        var factory = sdk.GetRequiredService<IWeChatClientFactory>();
        var brandA = factory.Create(Options.DefaultName);
        var brandB = factory.Create("brandB");

        var cardA = (await brandA.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid("品牌A会员卡") })).CardId!;
        var cardB = (await brandB.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid("品牌B会员卡") })).CardId!;
        var readB = await brandB.GetCardAsync(new WeChatCardIdRequest { CardId = cardB });
        var crossed = await Assert.ThrowsAsync<MemberCardsApiException>(() => brandB.GetCardAsync(new WeChatCardIdRequest { CardId = cardA }));

        Assert.Equal(("wx1234567890abcdef", "wxBrandB000000001"), (brandA.AppId, brandB.AppId));
        Assert.Equal("品牌B会员卡", readB.Card!.MemberCard!.BaseInfo!.Title);
        Assert.Equal(WeChatErrorCodes.InvalidCardId.ToString(System.Globalization.CultureInfo.InvariantCulture), crossed.ErrorCode);
        Assert.Equal(1, emulator.TokenRequestCount(WeChatTestHosts.AppId));
        Assert.Equal(1, emulator.TokenRequestCount("wxBrandB000000001"));
        Assert.NotEqual(
            await factory.GetAccessTokenProvider(Options.DefaultName).GetAccessTokenAsync(),
            await factory.GetAccessTokenProvider("brandB").GetAccessTokenAsync());
        var unknown = Assert.Throws<InvalidOperationException>(() => factory.Create("brandC"));
        Assert.Contains("MemberCards:WeChat(brandC) is not registered (registered: the default, 'brandB')", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_hosts_with_separate_caches_never_invalidate_each_others_stable_token()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var hostA = WeChatTestHosts.Build(emulator);
        await using var hostB = WeChatTestHosts.Build(emulator);
        var cardId = await CreateCardAsync(hostA);
        var clientA = hostA.GetRequiredService<IWeChatCardClient>();
        var clientB = hostB.GetRequiredService<IWeChatCardClient>();

        for (var round = 0; round < 3; round++)
        {
            await clientB.GetCardAsync(new WeChatCardIdRequest { CardId = cardId });
            await clientA.GetCardAsync(new WeChatCardIdRequest { CardId = cardId });
        }

        Assert.Equal(2, emulator.TokenRequestCount());
        Assert.Equal(6, emulator.Requests.Count(r => r.Path == "/card/get"));
        Assert.Single(emulator.Requests.Where(r => r.Path.StartsWith("/card/", StringComparison.Ordinal)).Select(TokenOf).Distinct());
    }

    [Fact]
    public async Task Two_hosts_sharing_one_distributed_cache_make_one_token_request()
    {
        IDistributedCache shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var hostA = WeChatTestHosts.Build(emulator, cache: shared);
        await using var hostB = WeChatTestHosts.Build(emulator, cache: shared);

        var cardId = await CreateCardAsync(hostA);
        await hostB.GetRequiredService<IWeChatCardClient>().GetCardAsync(new WeChatCardIdRequest { CardId = cardId });

        Assert.Equal(1, emulator.TokenRequestCount());
        Assert.Same(shared, hostB.GetRequiredService<IDistributedCache>());
    }
}
