using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Named_merchants_are_served_by_the_factory_and_unknown_names_are_refused()
    {
        await using var first = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        await using var second = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        first.PutUserCard(WeChatPayEmulator.SampleUserCard("1"));
        second.PutUserCard(WeChatPayEmulator.SampleUserCard("2"));
        var services = new ServiceCollection();
        services.AddMemberCards()
            .AddWeChatPay("shop-a", o => first.ConfigurePublicKeyMode(o))
            .AddWeChatPay("shop-b", o => second.ConfigureCertificateMode(o));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWeChatPayClientFactory>();

        Assert.Equal("1", (await factory.Create("shop-a").GetUserCardAsync(Harness.SampleGet("1"))).UserCardCode);
        Assert.Equal("2", (await factory.Create("shop-b").GetUserCardAsync(Harness.SampleGet("2"))).UserCardCode);
        Assert.Single(first.Host.Requests);
        Assert.Equal(2, second.Host.Requests.Count);
        Assert.Equal("MemberCards:WeChatPay(shop-c) is not registered (registered: 'shop-a', 'shop-b'). Register it with the WeChatPay package's Add method on AddMemberCards(), with the name \"shop-c\".", Assert.Throws<InvalidOperationException>(() => factory.Create("shop-c")).Message);
        Assert.Throws<InvalidOperationException>(() => factory.CreateApi<IWeChatPayApi>("shop-c"));
        Assert.Null(provider.GetService<IWeChatPayBrandCardClient>());
    }

    [Fact]
    public async Task Configuration_sections_bind_every_setting()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:WeChatPay:MerchantId"] = emulator.MerchantId,
            ["MemberCards:WeChatPay:CertificateSerialNumber"] = emulator.MerchantKey.SerialNumber,
            ["MemberCards:WeChatPay:PrivateKey"] = emulator.MerchantKey.PrivateKeyPem,
            ["MemberCards:WeChatPay:PublicKeyId"] = emulator.PublicKeyId,
            ["MemberCards:WeChatPay:PublicKey"] = emulator.PublicKey.PublicKeyPem,
            ["MemberCards:WeChatPay:ApiV3Key"] = emulator.ApiV3Key,
            ["MemberCards:WeChatPay:BaseAddress"] = emulator.BaseAddress.ToString(),
            ["MemberCards:WeChatPay:Timeout"] = "00:00:20",
            ["MemberCards:WeChatPay:MaxRetries"] = "1",
            ["MemberCards:WeChatPay:RetryDelay"] = "00:00:00.050",
            ["MemberCards:WeChatPay:CertificateRefreshInterval"] = "02:00:00",
            ["MemberCards:WeChatPay:EncryptSensitiveFields"] = "true",
            ["MemberCards:WeChatPay:UserAgent"] = "ShopApp/1.0",
        }).Build();
        var services = new ServiceCollection();
        services.AddMemberCards(configuration.GetSection("MemberCards")).AddWeChatPay();
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WeChatPayOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(20), options.Timeout);
        Assert.Equal(1, options.MaxRetries);
        Assert.Equal(TimeSpan.FromHours(2), options.CertificateRefreshInterval);
        Assert.Equal("13800138000", (await provider.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
        Assert.StartsWith("ShopApp/1.0 MemberCards.Sdk.WeChatPay/", emulator.Host.Requests.Last().Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_fail_at_start_naming_the_setting_when_the_host_asks_for_ValidateAllOnStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMemberCards().ValidateAllOnStart().AddWeChatPay("shop", o => o.MerchantId = "1900007291");
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("shop", error.OptionsName);
        Assert.Equal(typeof(WeChatPayOptions), error.OptionsType);
        Assert.Contains("MemberCards:WeChatPay(shop):CertificateSerialNumber is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("PrivateKey", error.Message, StringComparison.Ordinal);
    }

    // Issue 23: start does not validate every merchant (5,000 keys parsed took 13 s); an invalid one fails at its first use.
    [Fact]
    public async Task An_invalid_merchant_among_many_valid_ones_starts_the_host_and_fails_at_its_first_use_naming_it_and_the_setting()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard("1"));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var memberCards = builder.Services.AddMemberCards();
        for (var i = 0; i < 200; i++)
        {
            memberCards.AddWeChatPay($"brand-{i}", o => emulator.ConfigurePublicKeyMode(o));
        }

        memberCards.AddWeChatPay("broken", o =>
        {
            emulator.ConfigurePublicKeyMode(o);
            o.PrivateKey = "-----BEGIN PRIVATE KEY-----\\nnot a key\\n-----END PRIVATE KEY-----";
        });
        using var host = builder.Build();

        await host.StartAsync();

        var clients = host.Services.GetRequiredService<IWeChatPayClientFactory>();
        Assert.Equal("1", (await clients.Create("brand-7").GetUserCardAsync(Harness.SampleGet("1"))).UserCardCode);
        var error = Assert.Throws<OptionsValidationException>(() => clients.Create("broken"));
        Assert.Equal("broken", error.OptionsName);
        Assert.StartsWith("MemberCards:WeChatPay(broken):PrivateKey does not hold a PEM RSA private key", Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.Contains("literal \\n", error.Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => clients.CreateApi<IWeChatPayApi>("broken"));
        Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IWeChatPayDispatcherFactory>().Create("broken"));
        Assert.Single(emulator.Host.Requests);
        await host.StopAsync();
    }

    [Fact]
    public async Task With_ValidateAllOnStart_the_same_invalid_merchant_stops_the_start_naming_only_it()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var memberCards = builder.Services.AddMemberCards().ValidateAllOnStart();
        for (var i = 0; i < 20; i++)
        {
            memberCards.AddWeChatPay($"brand-{i}", o => emulator.ConfigurePublicKeyMode(o));
        }

        memberCards.AddWeChatPay("broken", o =>
        {
            emulator.ConfigurePublicKeyMode(o);
            o.MerchantId = "19000x";
        });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("broken", error.OptionsName);
        Assert.Equal("MemberCards:WeChatPay(broken):MerchantId is required and must be the digits of the mchid.", Assert.Single(error.Failures));
    }

    [Fact]
    public async Task Adding_the_same_merchant_twice_keeps_one_pipeline_and_merges_the_options()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var services = new ServiceCollection();
        services.AddMemberCards()
            .AddWeChatPay(o => emulator.ConfigurePublicKeyMode(o))
            .AddWeChatPay(o => { o.UserAgent = "Second/2"; o.MaxRetries = 1; o.RetryDelay = TimeSpan.Zero; });
        await using var provider = services.BuildServiceProvider();
        emulator.Host.Faults.Next(Fault.Status(500), times: 10);

        await Assert.ThrowsAsync<WeChatPayApiException>(() => provider.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(Harness.SampleGet()));

        // One retry handler: 1 + MaxRetries attempts, not (1 + MaxRetries) squared.
        Assert.Equal(2, emulator.Host.Requests.Count);
        Assert.StartsWith("Second/2 ", emulator.Host.Requests[0].Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_private_key_is_parsed_once_per_merchant()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var registry = harness.Services.GetRequiredService<WeChatPayMerchantRegistry>();
        var merchant = registry.Get(string.Empty);

        await harness.Client.GetUserCardAsync(Harness.SampleGet());
        await harness.Services.GetRequiredService<IWeChatPayClientFactory>().Create(string.Empty).GetUserCardAsync(Harness.SampleGet());

        Assert.Same(merchant, registry.Get(string.Empty));
        Assert.Same(merchant.PrivateKey, registry.Get(string.Empty).PrivateKey);
    }
}
