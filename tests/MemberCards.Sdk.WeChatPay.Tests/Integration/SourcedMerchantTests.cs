using MemberCards.Sdk.TestHosts;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.TestSources;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>Issue 23, runtime onboarding: a merchant added, rotated and removed through a registration source while the host runs.</summary>
public sealed class SourcedMerchantTests
{
    private static string SerialOf(string authorization)
    {
        var at = authorization.IndexOf("serial_no=\"", StringComparison.Ordinal) + "serial_no=\"".Length;
        return authorization[at..authorization.IndexOf('"', at)];
    }

    [Fact]
    public async Task A_merchant_is_added_called_rotated_and_removed_without_a_restart()
    {
        await using var host = await SourcedMerchantHost.StartAsync();
        var (emulator, source, provider, factory, cache) = (host.Emulator, host.Source, host.Provider, host.Clients, host.Cache);

        // Not in the source yet: the usual short error, which says the source was asked.
        var before = Assert.Throws<InvalidOperationException>(() => factory.Create("brandA"));
        Assert.StartsWith("MemberCards:WeChatPay(brandA) is not registered (registered: none) and its registration source does not know it.", before.Message, StringComparison.Ordinal);

        // Onboarding: the ISV writes the brand to its store and invalidates the name (the "unknown" answer was cached).
        source.Put("brandA", o =>
        {
            emulator.ConfigurePublicKeyMode(o);
            o.MaxRetries = 0;
        });
        cache.Invalidate("brandA");
        var card = await factory.Create("brandA").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal("478515832665", card.UserCardCode);
        Assert.Equal(emulator.MerchantKey.SerialNumber, SerialOf(emulator.Host.Requests[^1].Header("Authorization")!));

        // Rotation: the store has a new key; until the name is invalidated the cached merchant keeps the old one.
        using var rotated = WeChatPayTestKey.Create("merchant (rotated by the ISV)");
        emulator.TrustMerchantKey(rotated);
        source.Put("brandA", o =>
        {
            emulator.ConfigurePublicKeyMode(o);
            o.MaxRetries = 0;
            o.CertificateSerialNumber = rotated.SerialNumber;
            o.PrivateKey = rotated.PrivateKeyPem;
        });
        await factory.Create("brandA").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(emulator.MerchantKey.SerialNumber, SerialOf(emulator.Host.Requests[^1].Header("Authorization")!));
        cache.Invalidate("brandA");

        // The emulator checks the signature with the key the serial names: a new serial with the old key would be a 401.
        await factory.Create("brandA").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(rotated.SerialNumber, SerialOf(emulator.Host.Requests[^1].Header("Authorization")!));
        Assert.Equal(rotated.SerialNumber, provider.GetRequiredService<WeChatPayMerchantRegistry>().Get("brandA").Credentials.CertificateSerialNumber);
        Assert.Equal(3, source.AskedFor("brandA"));

        // Offboarding: removed from the store and invalidated, the name is not registered any more, nor asked again at once.
        source.Remove("brandA");
        cache.Invalidate("brandA");
        var removed = Assert.Throws<InvalidOperationException>(() => factory.Create("brandA"));
        Assert.StartsWith("MemberCards:WeChatPay(brandA) is not registered", removed.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IWeChatPayDispatcherFactory>().Create("brandA"));
        Assert.Equal(4, source.AskedFor("brandA"));
        Assert.Equal(3, emulator.Host.Requests.Count);
    }

    [Fact]
    public async Task A_sourced_merchant_retries_like_a_registered_one_and_shares_its_connection_pool()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        await using var proxy = ConnectionCountingProxy.Start(emulator.BaseAddress);
        var source = new InMemoryRegistrationSource<WeChatPayOptions>();
        foreach (var name in new[] { "brandB", "brandC" })
        {
            source.Put(name, o =>
            {
                emulator.ConfigurePublicKeyMode(o);
                o.BaseAddress = proxy.BaseAddress;
                o.RetryDelay = TimeSpan.FromMilliseconds(1);
            });
        }

        var services = new ServiceCollection();
        services.AddMemberCards()
            .AddWeChatPay("registered", o =>
            {
                emulator.ConfigurePublicKeyMode(o);
                o.BaseAddress = proxy.BaseAddress;
            })
            .AddWeChatPaySource(source);
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        var factory = provider.GetRequiredService<IWeChatPayClientFactory>();

        // The resilience step: a GET answered 503 is sent again, signed anew, and the answer verified.
        emulator.Host.Faults.Next(Fault.Status(503, """{"code":"SYSTEM_ERROR","message":"系统错误"}"""));
        await factory.Create("brandB").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(2, emulator.Host.Requests.Count);

        // The error mapping of the last step: the platform's error is the SDK's exception, naming its code.
        emulator.Host.Faults.Next(Fault.Status(400, """{"code":"PARAM_ERROR","message":"参数错误"}"""));
        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => factory.Create("brandC").GetUserCardAsync(Harness.SampleGet()));
        Assert.Equal("PARAM_ERROR", error.ErrorCode);

        // A registered name is never asked for, and registered and sourced merchants share the service's one pool.
        await factory.Create("registered").GetUserCardAsync(Harness.SampleGet());
        await factory.Create("brandC").GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(0, source.AskedFor("registered"));
        Assert.Equal(1, source.AskedFor("brandC"));
        Assert.Equal(1, proxy.Accepted);
    }

    [Fact]
    public async Task A_sourced_merchant_in_certificate_mode_downloads_its_platform_certificates_over_its_own_pipeline()
    {
        await using var host = await SourcedMerchantHost.StartAsync();
        var emulator = host.Emulator;
        host.Source.Put("brandD", o => emulator.ConfigureCertificateMode(o));

        await host.Clients.Create("brandD").GetUserCardAsync(Harness.SampleGet());

        // The certificate download is signed by the merchant too, then the answer is verified with what it brought.
        Assert.Equal(2, emulator.Host.Requests.Count);
        Assert.All(emulator.Host.Requests, r => Assert.Contains("mchid=\"" + emulator.MerchantId + "\"", r.Header("Authorization")!, StringComparison.Ordinal));
        Assert.Contains(emulator.Host.Requests, r => r.Path.Contains("certificates", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_merchant_dropped_from_the_source_cache_takes_its_cached_dispatcher_with_it_and_the_others_keep_theirs()
    {
        await using var host = await SourcedMerchantHost.StartAsync();
        var (emulator, source, dispatchers, cache) = (host.Emulator, host.Source, host.Dispatchers, host.Cache);
        source.Put("brandA", o => emulator.ConfigurePublicKeyMode(o));
        source.Put("brandB", o => emulator.ConfigurePublicKeyMode(o));

        var first = dispatchers.Create("brandA");
        var other = dispatchers.Create("brandB");
        Assert.Same(first, dispatchers.Create("brandA"));

        // Invalidated, the name is dropped and loaded again: its next dispatcher is a new one.
        cache.Invalidate("brandA");
        var reloaded = dispatchers.Create("brandA");
        Assert.NotSame(first, reloaded);
        Assert.Same(reloaded, dispatchers.Create("brandA"));

        // Offboarded: the name is refused, and when the brand comes back it gets a new dispatcher, not the one kept from before.
        source.Remove("brandA");
        cache.Invalidate("brandA");
        Assert.Throws<InvalidOperationException>(() => dispatchers.Create("brandA"));
        source.Put("brandA", o => emulator.ConfigurePublicKeyMode(o));
        cache.Invalidate("brandA");
        var back = dispatchers.Create("brandA");
        Assert.NotSame(reloaded, back);

        // The brand that stayed keeps its dispatcher through all of it.
        Assert.Same(other, dispatchers.Create("brandB"));

        // A notification reaches the returning brand's new dispatcher as before.
        var notification = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PublicKey);
        Assert.Equal(InboundOutcome.Unhandled, (await back.DispatchAsync(notification.Headers, notification.Body)).Outcome);
    }

    [Fact]
    public async Task A_host_whose_merchants_all_come_from_the_source_adds_its_handlers_at_the_service_level()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var source = new InMemoryRegistrationSource<WeChatPayOptions>();
        source.Put("brandA", o => emulator.ConfigureCertificateMode(o));
        var handled = new HandledEntries();
        var services = new ServiceCollection();
        services.AddSingleton(handled);
        services.AddMemberCards()
            .AddWeChatPaySource(source)
            .AddWeChatPayHandler<WeChatPayUserCardEvent, CardHandler>()
            .AddWeChatPayHandler<object, EveryMessageHandler>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        // No AddWeChatPay(name) at all: the sourced merchant's notification is verified with the platform certificate its
        // own pipeline downloads from the emulator, decrypted with its APIv3 key and handed to the service's handlers.
        var notification = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);
        var result = await provider.GetRequiredService<IWeChatPayDispatcherFactory>().Create("brandA").DispatchAsync(notification.Headers, notification.Body);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        Assert.Equal("brandA", result.RegistrationName);
        Assert.Equal(2, result.HandlerCalls);
        Assert.Equal([$"card:brandA:{notification.Id}:478515832665", $"all:brandA:{notification.Id}"], handled.Entries);
        Assert.Contains(emulator.Host.Requests, r => r.Path.Contains("certificates", StringComparison.Ordinal));
        Assert.Equal(1, source.AskedFor("brandA"));

        // The service-level method refuses what the builders' AddHandler refuses.
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMemberCards().AddWeChatPayHandler<string, StringHandler>());
        Assert.Equal("TMessage", error.ParamName);
        Assert.StartsWith("WeChat Pay sends WeChatPayEvent messages only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_added_through_a_builder_and_at_the_service_level_runs_once_for_registered_and_sourced_merchants()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var source = new InMemoryRegistrationSource<WeChatPayOptions>();
        source.Put("brandA", o => emulator.ConfigurePublicKeyMode(o));
        var handled = new HandledEntries();
        var services = new ServiceCollection();
        services.AddSingleton(handled);
        services.AddMemberCards()
            .AddWeChatPay("home", o => emulator.ConfigurePublicKeyMode(o))
            .AddHandler<WeChatPayUserCardEvent, CardHandler>()
            .Parent
            .AddWeChatPayHandler<WeChatPayUserCardEvent, CardHandler>()
            .AddWeChatPaySource(source);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var factory = provider.GetRequiredService<IWeChatPayDispatcherFactory>();

        var toBrand = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
        var toHome = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");
        var brand = await factory.Create("brandA").DispatchAsync(toBrand.Headers, toBrand.Body);
        var home = await factory.Create("home").DispatchAsync(toHome.Headers, toHome.Body);

        // One handler per notification, whichever way it was added, and each told its merchant.
        Assert.Equal((InboundOutcome.Handled, 1), (brand.Outcome, brand.HandlerCalls));
        Assert.Equal((InboundOutcome.Handled, 1), (home.Outcome, home.HandlerCalls));
        Assert.Equal([$"card:brandA:{toBrand.Id}:478515832665", $"card:home:{toHome.Id}:478515832665"], handled.Entries);
    }

    internal sealed class CardHandler(HandledEntries handled) : IWeChatPayMessageHandler<WeChatPayUserCardEvent>
    {
        public Task HandleAsync(WeChatPayUserCardEvent message, WeChatPayMessageContext context, CancellationToken cancellationToken)
        {
            handled.Add($"card:{context.RegistrationName}:{context.MessageId}:{message.UserCard.UserCardCode}");
            return Task.CompletedTask;
        }
    }

    internal sealed class EveryMessageHandler(HandledEntries handled) : IWeChatPayMessageHandler<object>
    {
        public Task HandleAsync(object message, WeChatPayMessageContext context, CancellationToken cancellationToken)
        {
            handled.Add($"all:{context.RegistrationName}:{context.MessageId}");
            return Task.CompletedTask;
        }
    }

    internal sealed class StringHandler : IWeChatPayMessageHandler<string>
    {
        public Task HandleAsync(string message, WeChatPayMessageContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
