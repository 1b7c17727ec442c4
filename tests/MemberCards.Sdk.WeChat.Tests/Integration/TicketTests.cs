using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>The JS-SDK tickets through DI against the emulator over real HTTP: the access_token's guarantees, per ticket type.</summary>
public sealed class TicketTests
{
    private const string TicketPath = "/cgi-bin/ticket/getticket";

    private static int TicketRequests(MemberCards.Sdk.Testing.WeChat.WeChatEmulator emulator, string type)
        => emulator.Requests.Count(r => r.Path == TicketPath && r.Query.Contains("type=" + type, StringComparison.Ordinal));

    [Fact]
    public async Task A_thousand_concurrent_first_callers_make_one_getticket_request_per_type()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var provider = sdk.GetRequiredService<IWeChatTicketProvider>();
        using var start = new ManualResetEventSlim();

        var callers = Enumerable.Range(0, 1000).Select(i => Task.Run(async () =>
        {
            start.Wait();
            var type = i % 2 == 0 ? WeChatTicketType.JsApi : WeChatTicketType.WxCard;
            return (type, await provider.GetTicketAsync(type));
        })).ToArray();
        start.Set();
        var tickets = await Task.WhenAll(callers);

        Assert.Equal(1, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.JsApi));
        Assert.Equal(1, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.WxCard));
        Assert.Equal((1, 1), (TicketRequests(emulator, "jsapi"), TicketRequests(emulator, "wx_card")));
        Assert.Equal(1, emulator.TokenRequestCount());
        var jsapi = Assert.Single(tickets.Where(t => t.type == WeChatTicketType.JsApi).Select(t => t.Item2).Distinct());
        var card = Assert.Single(tickets.Where(t => t.type == WeChatTicketType.WxCard).Select(t => t.Item2).Distinct());
        Assert.NotEqual(jsapi, card);
        Assert.True(emulator.IsLiveTicket(WeChatTestHosts.AppId, WeChatTicketType.JsApi, jsapi));
        Assert.True(emulator.IsLiveTicket(WeChatTestHosts.AppId, WeChatTicketType.WxCard, card));
        Assert.False(emulator.IsLiveTicket(WeChatTestHosts.AppId, WeChatTicketType.WxCard, jsapi));
    }

    [Fact]
    public async Task Signing_a_thousand_pages_does_not_fetch_a_ticket_per_page()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var provider = sdk.GetRequiredService<IWeChatTicketProvider>();
        var signer = sdk.GetRequiredService<WeChatJsSdkSigner>();

        for (var page = 0; page < 1000; page++)
        {
            var ticket = await provider.GetTicketAsync(WeChatTicketType.JsApi);
            signer.SignConfig(WeChatTestHosts.AppId, ticket, $"https://shop.example/member?page={page}");
            var cardTicket = await provider.GetTicketAsync(WeChatTicketType.WxCard);
            signer.SignAddCard(cardTicket, new WeChatCardExtFields { CardId = "pCard" + page });
        }

        Assert.Equal((1, 1), (TicketRequests(emulator, "jsapi"), TicketRequests(emulator, "wx_card")));
    }

    [Fact]
    public async Task A_ticket_is_refreshed_ahead_of_the_expiry_the_server_announced()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(clock, o => o.TokenLifetimeSeconds = 86_400);
        await using var sdk = WeChatTestHosts.Build(emulator, o => o.RefreshBeforeExpiry = TimeSpan.FromMinutes(10), time: clock);
        var provider = sdk.GetRequiredService<IWeChatTicketProvider>();

        var first = await provider.GetTicketAsync(WeChatTicketType.WxCard);
        clock.Advance(TimeSpan.FromSeconds(7200 - 600 - 1));
        var stillFirst = await provider.GetTicketAsync(WeChatTicketType.WxCard);
        Assert.Equal(1, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.WxCard));
        clock.Advance(TimeSpan.FromSeconds(2));
        var second = await provider.GetTicketAsync(WeChatTicketType.WxCard);

        Assert.Equal(first, stillFirst);
        Assert.NotEqual(first, second);
        Assert.Equal(2, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.WxCard));
        Assert.Equal(0, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.JsApi));

        // The first ticket was still live when it was replaced: a page signed just before the refresh still works.
        Assert.True(emulator.IsLiveTicket(WeChatTestHosts.AppId, WeChatTicketType.WxCard, first));
    }

    [Fact]
    public async Task A_getticket_refused_with_40001_renews_the_access_token_once_and_then_gets_the_ticket()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var oldToken = await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();
        emulator.RevokeTokens(WeChatTestHosts.AppId);

        var tickets = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => sdk.GetRequiredService<IWeChatTicketProvider>().GetTicketAsync(WeChatTicketType.JsApi).AsTask()));

        Assert.Single(tickets.Distinct());
        Assert.Equal(2, emulator.TokenRequestCount());
        var calls = emulator.Requests.Where(r => r.Path == TicketPath).ToArray();
        Assert.Equal(2, calls.Length);
        Assert.Contains(oldToken, calls[0].Query, StringComparison.Ordinal);
        Assert.DoesNotContain(oldToken, calls[1].Query, StringComparison.Ordinal);
        Assert.Equal(1, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.JsApi));
    }

    [Fact]
    public async Task A_getticket_refused_with_42001_renews_the_access_token_once_and_then_gets_the_ticket()
    {
        // The server's clock runs ahead of the SDK's: the token the SDK still holds has expired there.
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(serverClock);
        await using var sdk = WeChatTestHosts.Build(emulator);
        var oldToken = await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();
        serverClock.Advance(TimeSpan.FromSeconds(7201));
        emulator.Host.ClearRequests();

        var ticket = await sdk.GetRequiredService<IWeChatTicketProvider>().GetTicketAsync(WeChatTicketType.WxCard);

        var calls = emulator.Requests.Where(r => r.Path == TicketPath).ToArray();
        Assert.Equal(2, calls.Length);
        Assert.Contains(oldToken, calls[0].Query, StringComparison.Ordinal);
        Assert.DoesNotContain(oldToken, calls[1].Query, StringComparison.Ordinal);
        Assert.Equal(2, emulator.TokenRequestCount());
        Assert.Equal(1, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.WxCard));
        Assert.True(emulator.IsLiveTicket(WeChatTestHosts.AppId, WeChatTicketType.WxCard, ticket));
    }

    [Fact]
    public async Task A_refused_ticket_is_renewed_once_for_all_callers_that_report_it()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var provider = sdk.GetRequiredService<IWeChatTicketProvider>();
        var rejected = await provider.GetTicketAsync(WeChatTicketType.WxCard);
        emulator.RevokeTickets(WeChatTestHosts.AppId);

        var renewed = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => provider.RenewRejectedAsync(WeChatTicketType.WxCard, rejected).AsTask())));

        var successor = Assert.Single(renewed.Distinct());
        Assert.NotEqual(rejected, successor);
        Assert.Equal(successor, await provider.GetTicketAsync(WeChatTicketType.WxCard));
        Assert.Equal(2, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.WxCard));
        Assert.True(emulator.IsLiveTicket(WeChatTestHosts.AppId, WeChatTicketType.WxCard, successor));
    }

    [Fact]
    public async Task Two_hosts_on_one_shared_cache_fetch_each_ticket_once()
    {
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var hostA = WeChatTestHosts.Build(emulator, cache: cache);
        await using var hostB = WeChatTestHosts.Build(emulator, cache: cache);

        var a = await hostA.GetRequiredService<IWeChatTicketProvider>().GetTicketAsync(WeChatTicketType.JsApi);
        var b = await hostB.GetRequiredService<IWeChatTicketProvider>().GetTicketAsync(WeChatTicketType.JsApi);

        Assert.Equal(a, b);
        Assert.Equal(1, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.JsApi));
    }

    [Fact]
    public async Task A_spent_quota_surfaces_as_45009()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.TicketDailyQuota = 1);
        await using var sdk = WeChatTestHosts.Build(emulator);
        var provider = sdk.GetRequiredService<IWeChatTicketProvider>();
        var first = await provider.GetTicketAsync(WeChatTicketType.JsApi);

        var error = await Assert.ThrowsAsync<MemberCardsApiException>(async () => await provider.RenewRejectedAsync(WeChatTicketType.JsApi, first));

        Assert.Equal("45009", error.ErrorCode);
        Assert.Equal(1, emulator.TicketFetchCount(WeChatTestHosts.AppId, WeChatTicketType.JsApi));
    }

    [Fact]
    public async Task The_provider_never_shows_a_ticket_in_its_text()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var provider = sdk.GetRequiredService<IWeChatTicketProvider>();
        var ticket = await provider.GetTicketAsync(WeChatTicketType.JsApi);

        Assert.DoesNotContain(ticket, provider.ToString()!, StringComparison.Ordinal);
        Assert.Same(provider, sdk.GetRequiredService<IWeChatClientFactory>().GetTicketProvider(Microsoft.Extensions.Options.Options.DefaultName));
    }
}
