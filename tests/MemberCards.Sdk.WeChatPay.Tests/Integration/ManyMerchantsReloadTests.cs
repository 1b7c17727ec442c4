using System.Collections.Concurrent;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// A reload costs what it changed (issue 23): merchants bound to one configuration are all re-bound by the options
/// monitor when it reloads, but only the merchant whose settings changed parses keys and rebuilds its retry pipeline;
/// the others keep their parsed keys and pipelines, and every merchant works on with its own settings.
/// </summary>
public sealed class ManyMerchantsReloadTests
{
    private const int Merchants = 10;

    [Fact]
    public async Task A_reload_that_changes_merchant_7_replaces_its_key_and_pipeline_only()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        using var rotated = WeChatPayTestKey.Create("merchant 7 (rotated)");
        emulator.TrustMerchantKey(rotated);
        var configuration = Configuration(emulator);
        var services = new ServiceCollection();
        var builds = Register(services, configuration);

        await using var provider = services.BuildServiceProvider();
        var (factory, registry) = await CallEveryMerchantAsync(provider);

        var untouched = registry.Get(Name(3));
        var untouchedCredentials = untouched.Credentials;
        var changed = registry.Get(Name(7));
        var changedCredentials = changed.Credentials;
        Assert.All(Enumerable.Range(0, Merchants), i => Assert.Equal(1, builds[Name(i)]));

        configuration["Merchants:m7:CertificateSerialNumber"] = rotated.SerialNumber;
        configuration["Merchants:m7:PrivateKey"] = rotated.PrivateKeyPem;
        configuration["Merchants:m7:RetryDelay"] = "00:00:00.020";
        configuration.Reload();

        // Merchant 3: the same parsed key and the same pipeline.
        Assert.Same(untouched, registry.Get(Name(3)));
        Assert.Same(untouchedCredentials, untouched.Credentials);
        Assert.Equal(emulator.MerchantKey.SerialNumber, untouched.Credentials.CertificateSerialNumber);

        // Merchant 7: a new key and its pipeline rebuilt; no other pipeline rebuilt.
        Assert.Same(changed, registry.Get(Name(7)));
        Assert.NotSame(changedCredentials, changed.Credentials);
        Assert.Equal(rotated.SerialNumber, changed.Credentials.CertificateSerialNumber);
        Assert.All(Enumerable.Range(0, Merchants), i => Assert.Equal(i == 7 ? 2 : 1, builds[Name(i)]));

        // 7 signs with the rotated key, 3 with its own.
        emulator.ClearRequests();
        await factory.Create(Name(7)).GetUserCardAsync(Harness.SampleGet());
        await factory.Create(Name(3)).GetUserCardAsync(Harness.SampleGet());
        Assert.Contains($"serial_no=\"{rotated.SerialNumber}\"", emulator.Host.Requests[0].Header("Authorization"), StringComparison.Ordinal);
        Assert.Contains($"serial_no=\"{emulator.MerchantKey.SerialNumber}\"", emulator.Host.Requests[1].Header("Authorization"), StringComparison.Ordinal);

        // A second reload turns 7's retries off: 7 gives up on a 503, 3 still retries it.
        configuration["Merchants:m7:MaxRetries"] = "0";
        configuration.Reload();
        emulator.Host.Faults.Next(Fault.Status(503));
        await Assert.ThrowsAsync<WeChatPayApiException>(() => factory.Create(Name(7)).GetUserCardAsync(Harness.SampleGet()));
        emulator.Host.Faults.Next(Fault.Status(503));
        await factory.Create(Name(3)).GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(1, builds[Name(3)]);
        Assert.Same(untouchedCredentials, untouched.Credentials);
    }

    [Fact]
    public async Task A_reload_that_changes_nothing_parses_no_key_and_rebuilds_no_pipeline()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var configuration = Configuration(emulator);
        var services = new ServiceCollection();
        var builds = Register(services, configuration);

        await using var provider = services.BuildServiceProvider();
        var (factory, registry) = await CallEveryMerchantAsync(provider);

        var credentials = Enumerable.Range(0, Merchants).Select(i => registry.Get(Name(i)).Credentials).ToArray();

        configuration.Reload();

        for (var i = 0; i < Merchants; i++)
        {
            Assert.Same(credentials[i], registry.Get(Name(i)).Credentials);
            await factory.Create(Name(i)).GetUserCardAsync(Harness.SampleGet());
        }

        Assert.All(Enumerable.Range(0, Merchants), i => Assert.Equal(1, builds[Name(i)]));
    }

    /// <summary>
    /// Registers the merchants bound to their sections, and counts per merchant how often its retry options are built:
    /// once each time its retry pipeline is built with retries.
    /// </summary>
    private static ConcurrentDictionary<string, int> Register(IServiceCollection services, IConfiguration configuration)
    {
        var builds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var builder = services.AddMemberCards();
        for (var i = 0; i < Merchants; i++)
        {
            var name = Name(i);
            builds[name] = 0;
            var merchant = builder.AddWeChatPay(name).Bind(configuration.GetSection("Merchants:" + name));
            services.Configure<HttpRetryStrategyOptions>(merchant.HttpClientName, _ => builds.AddOrUpdate(name, 1, (_, count) => count + 1));
        }

        return builds;
    }

    /// <summary>Calls every merchant once, so each has its key parsed and its pipeline built.</summary>
    private static async Task<(IWeChatPayClientFactory Factory, WeChatPayMerchantRegistry Registry)> CallEveryMerchantAsync(ServiceProvider provider)
    {
        var factory = provider.GetRequiredService<IWeChatPayClientFactory>();
        for (var i = 0; i < Merchants; i++)
        {
            await factory.Create(Name(i)).GetUserCardAsync(Harness.SampleGet());
        }

        return (factory, provider.GetRequiredService<WeChatPayMerchantRegistry>());
    }

    private static string Name(int i) => "m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IConfigurationRoot Configuration(WeChatPayEmulator emulator)
    {
        var values = new Dictionary<string, string?>();
        for (var i = 0; i < Merchants; i++)
        {
            var prefix = $"Merchants:{Name(i)}:";
            values[prefix + "MerchantId"] = emulator.MerchantId;
            values[prefix + "CertificateSerialNumber"] = emulator.MerchantKey.SerialNumber;
            values[prefix + "PrivateKey"] = emulator.MerchantKey.PrivateKeyPem;
            values[prefix + "PublicKeyId"] = emulator.PublicKeyId;
            values[prefix + "PublicKey"] = emulator.PublicKey.PublicKeyPem;
            values[prefix + "ApiV3Key"] = emulator.ApiV3Key;
            values[prefix + "BaseAddress"] = emulator.BaseAddress.ToString();
            values[prefix + "MaxRetries"] = "1";
            values[prefix + "RetryDelay"] = "00:00:00.010";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
