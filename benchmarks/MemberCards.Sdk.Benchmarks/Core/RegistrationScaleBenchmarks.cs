using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>
/// Registering <see cref="Count"/> named WeChat Pay merchants or WeChat official accounts, options set in code, on a
/// fresh service collection (issue 23). The floor appends the same number of named <c>Configure</c> calls and nothing
/// else: what registration cannot go below. One invocation is a whole host's registration, so run it with
/// <c>--filter *RegistrationScale* --strategy Monitoring --warmupCount 1 --iterationCount 5</c> (add <c>--inProcess</c>
/// to skip building a separate executable).
/// </summary>
[MemoryDiagnoser]
public class RegistrationScaleBenchmarks
{
    /// <summary>How many names are registered.</summary>
    [Params(100, 1_000, 5_000)]
    public int Count { get; set; }

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

    private static string Merchant(int i) => "brand" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
}
