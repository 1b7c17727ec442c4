using MemberCards.Sdk.TestHosts;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Connections follow the concurrency of the calls, not the number of merchants (issue 23): merchants that call the
/// same host share one connection pool, counted where the server accepts connections; a merchant with a primary
/// handler of its own keeps it.
/// </summary>
public sealed class ConnectionPoolTests
{
    private const int Merchants = 200;
    private const int Concurrency = 4;

    [Theory]
    [InlineData(false, Concurrency)]
    [InlineData(true, Merchants)]
    public async Task Two_hundred_merchants_one_call_each_open_no_more_connections_than_the_calls_in_flight(bool ownPrimaryHandlers, int most)
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        await using var proxy = ConnectionCountingProxy.Start(emulator.BaseAddress);
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        var names = Enumerable.Range(0, Merchants).Select(i => $"pooled{i:D3}").ToArray();
        foreach (var name in names)
        {
            var merchant = builder.AddWeChatPay(name, o => Configure(o, emulator, proxy));
            if (ownPrimaryHandlers)
            {
                // The control: a handler per merchant, as every merchant had before the shared pool.
                merchant.ConfigureHttpClient(http => http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler()));
            }
        }

        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWeChatPayClientFactory>();

        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (name, cancellationToken) =>
            await factory.Create(name).GetUserCardAsync(Harness.SampleGet(), cancellationToken));

        Assert.Equal(Merchants, emulator.Host.Requests.Count);
        Assert.InRange(proxy.Accepted, 1, most);
        if (ownPrimaryHandlers)
        {
            Assert.Equal(Merchants, proxy.Accepted);
        }
    }

    [Fact]
    public async Task A_merchant_with_its_own_primary_handler_keeps_it_and_the_others_share_one_pool()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        await using var proxy = ConnectionCountingProxy.Start(emulator.BaseAddress);
        HttpMessageHandler? configured = null;
        var services = new ServiceCollection();
        services.AddMemberCards()
            .AddWeChatPay("shared1", o => Configure(o, emulator, proxy))
            .AddWeChatPay("shared2", o => Configure(o, emulator, proxy))
            .AddWeChatPay("own", o => Configure(o, emulator, proxy)).ConfigureHttpClient(http => http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler()))
            .AddWeChatPay("configured", o => Configure(o, emulator, proxy)).ConfigureHttpClient(http => http.ConfigurePrimaryHttpMessageHandler((handler, _) => configured = handler));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWeChatPayClientFactory>();

        await factory.Create("shared1").GetUserCardAsync(Harness.SampleGet());
        await factory.Create("shared2").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(1, proxy.Accepted);

        await factory.Create("own").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(2, proxy.Accepted);

        await factory.Create("configured").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(3, proxy.Accepted);
        Assert.True(configured is HttpClientHandler or SocketsHttpHandler, $"the host's action got {configured?.GetType().Name ?? "nothing"}, not a handler of its own");

        await factory.Create("shared1").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(3, proxy.Accepted);
    }

    [Fact]
    public async Task Handler_chains_that_expire_and_are_disposed_leave_the_shared_pool_open_and_the_connections_bounded()
    {
        const int Names = 40;
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        await using var proxy = ConnectionCountingProxy.Start(emulator.BaseAddress);
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        var names = Enumerable.Range(0, Names).Select(i => $"expiring{i:D2}").ToArray();
        foreach (var name in names)
        {
            // The shortest lifetime the factory takes: every chain expires between the rounds below.
            builder.AddWeChatPay(name, o => Configure(o, emulator, proxy)).ConfigureHttpClient(http => http.SetHandlerLifetime(TimeSpan.FromSeconds(1)));
        }

        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWeChatPayClientFactory>();
        async Task RoundAsync() => await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (name, cancellationToken) =>
            await factory.Create(name).GetUserCardAsync(Harness.SampleGet(), cancellationToken));

        await RoundAsync();
        var first = proxy.Accepted;
        Assert.InRange(first, 1, Concurrency);

        // Expired: new clients get new chains over the same pool, so they reuse its connections instead of adding theirs.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await RoundAsync();
        Assert.InRange(proxy.Accepted, first, Concurrency);

        // The factory disposes expired chains once nothing references them (a collection, then its cleanup every
        // 10 s); disposing a chain must not close the shared pool under the others.
        for (var i = 0; i < 12; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        await RoundAsync();
        Assert.InRange(proxy.Accepted, first, Concurrency);
        Assert.Equal(3 * Names, emulator.Host.Requests.Count);
    }

    private static void Configure(WeChatPayOptions options, WeChatPayEmulator emulator, ConnectionCountingProxy proxy)
    {
        emulator.ConfigurePublicKeyMode(options);
        options.BaseAddress = proxy.BaseAddress;
    }
}
