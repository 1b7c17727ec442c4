using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>
/// Registering <see cref="Count"/> named WeChat Pay merchants or WeChat official accounts, options set in code, on a
/// fresh service collection, and starting a host of WeChat Pay merchants: the provider built and the start validation
/// run, as host start does, by default (merchants validated at first use) and with <c>ValidateAllOnStart()</c> (every
/// merchant validated and its keys parsed at start, as every start did before) (issue 23). The floor appends the same number of named <c>Configure</c> calls and nothing
/// else: what registration cannot go below. One invocation is a whole host's registration, so run it with
/// <c>--filter *RegistrationScale* --strategy Monitoring --warmupCount 1 --iterationCount 5</c> (add <c>--inProcess</c>
/// to skip building a separate executable).
/// </summary>
[MemoryDiagnoser]
public class RegistrationScaleBenchmarks
{
    /// <summary>How many names are registered.</summary>
    [Params(1, 100, 1_000, 5_000)]
    public int Count { get; set; }

    private WeChatPayEmulator? emulator;

    /// <summary>Starts the emulator whose merchant key and public key the started merchants use.</summary>
    [GlobalSetup]
    public void Setup() => emulator = WeChatPayEmulator.StartAsync().GetAwaiter().GetResult();

    /// <summary>Stops the emulator.</summary>
    [GlobalCleanup]
    public void Cleanup() => emulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The floor: one named <c>Configure</c> per merchant.</summary>
    /// <returns>The services.</returns>
    [Benchmark(Baseline = true)]
    public IServiceCollection Floor()
    {
        var services = new ServiceCollection();
        for (var i = 0; i < Count; i++)
        {
            var merchant = Merchant(i);
            services.Configure<WeChatPayOptions>(merchant, o => o.MerchantId = merchant);
        }

        return services;
    }

    /// <summary>N WeChat Pay merchants with <c>AddWeChatPay(name, o =&gt; ...)</c>.</summary>
    /// <returns>The services.</returns>
    [Benchmark]
    public IServiceCollection WeChatPayMerchants()
    {
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        for (var i = 0; i < Count; i++)
        {
            var merchant = Merchant(i);
            builder.AddWeChatPay(merchant, o =>
            {
                o.MerchantId = merchant;
                o.ApiV3Key = "0123456789abcdef0123456789abcdef";
            });
        }

        return services;
    }

    /// <summary>
    /// N WeChat Pay merchants in public-key mode registered, the provider built and started by default: the one start
    /// check of the collection run (<see cref="IStartupValidator"/>, what host start runs), no merchant validated.
    /// </summary>
    [Benchmark]
    public void WeChatPayMerchantsStarted() => Start(validateAll: false);

    /// <summary>
    /// The same with <c>ValidateAllOnStart()</c>: every merchant's options built and validated and its keys parsed at
    /// start, which is what every start did before issue 23.
    /// </summary>
    [Benchmark]
    public void WeChatPayMerchantsStartedValidatingAll() => Start(validateAll: true);

    /// <summary>N WeChat official accounts with <c>AddWeChatCards(name).Configure(...)</c>.</summary>
    /// <returns>The services.</returns>
    [Benchmark]
    public IServiceCollection WeChatAccounts()
    {
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        for (var i = 0; i < Count; i++)
        {
            var account = Merchant(i);
            builder.AddWeChatCards(account).Configure(o =>
            {
                o.AppId = account;
                o.AppSecret = "secret";
            });
        }

        return services;
    }

    private void Start(bool validateAll)
    {
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        if (validateAll)
        {
            builder.ValidateAllOnStart();
        }

        for (var i = 0; i < Count; i++)
        {
            var merchant = Merchant(i);
            builder.AddWeChatPay(merchant, o => emulator!.ConfigurePublicKeyMode(o));
        }

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    private static string Merchant(int i) => "brand" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
}
