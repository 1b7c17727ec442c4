using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>
/// An ISV's host with <see cref="Count"/> WeChat Pay merchants or WeChat official accounts, each bound from its own
/// section of one <see cref="IConfigurationRoot"/> (<c>AddWeChatPay(name).Bind(section)</c>,
/// <c>AddWeChatCards(name).Bind(section)</c>), against the emulators on 127.0.0.1, in one run (issue 23):
/// <list type="bullet">
/// <item><c>Register</c>: the <c>AddXxx(name).Bind(section)</c> calls; floor: the same sections bound as plain named options.</item>
/// <item><c>Start</c>: the provider built and the host's start check run (<see cref="IStartupValidator"/>); floor: the plain provider.</item>
/// <item><c>FirstUse</c>: one call per name, in turn, on a started host (WeChat Pay: a signed, verified GET of a user
/// card; WeChat: the access token and a JS-SDK ticket, two clients); floor: one plain GET per name over one <see cref="HttpClient"/>.</item>
/// <item><c>Reload</c>: one merchant's setting changed and the configuration reloaded, every name used before; floor:
/// the same reload with the same sections bound as plain named options, which the options monitor re-binds just as well.</item>
/// </list>
/// Two more columns, measured once per size on the host the reloads run on after one call per name:
/// <c>Heap/name</c> (what the heap grew by after a full collection, divided by the names) and <c>Sockets</c>
/// (established TCP connections to the emulator's port, from <c>/proc/net/tcp</c>); the setup also prints how long
/// that first use of every name took, with the heap and socket measures. The class runs in process by default (<see cref="ManyMerchantsConfigAttribute"/>),
/// which the columns need; <c>MEMBERCARDS_BENCH_COUNTS=1,100</c> runs fewer sizes. Run:
/// <c>build/bench.sh --filter *ManyMerchants*</c>, adding <c>--anyCategories Reload</c> (or another category) to run
/// one step only.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[ManyMerchantsConfig]
public class ManyMerchantsBenchmarks
{
    private const string UserCardCode = "478515832665";
    private static readonly ConcurrentDictionary<(string Service, int Count), (double HeapPerName, int Sockets)> Measured = new();

    private WeChatPayEmulator? payEmulator;
    private WeChatEmulator? weChatEmulator;
    private IConfigurationRoot configuration = null!;
    private IServiceCollection services = null!;
    private ServiceProvider? provider;
    private HttpClient? plain;
    private int reloads;

    /// <summary>How many names are registered.</summary>
    [ParamsSource(nameof(Counts))]
    public int Count { get; set; }

    /// <summary>1, 100, 1,000 and 5,000; or the sizes listed in <c>MEMBERCARDS_BENCH_COUNTS</c> (<c>1,100</c> for a quick look).</summary>
    public static IEnumerable<int> Counts
        => Environment.GetEnvironmentVariable("MEMBERCARDS_BENCH_COUNTS") is { Length: > 0 } listed
            ? listed.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))
            : [1, 100, 1_000, 5_000];

    /// <summary>The service: <c>WeChatPay</c> merchants or <c>WeChat</c> official accounts.</summary>
    [Params("WeChatPay", "WeChat")]
    public string Service { get; set; } = "WeChatPay";

    /// <summary>The heap per name and the sockets measured for a size, or <see langword="null"/> (not run, or not in this process).</summary>
    /// <param name="service">The service.</param>
    /// <param name="count">The size.</param>
    /// <returns>The measures.</returns>
    public static (double HeapPerName, int Sockets)? MeasuredFor(string service, int count)
        => Measured.TryGetValue((service, count), out var measured) ? measured : null;

    /// <summary>Starts the emulator and writes the configuration of every name.</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    /// <summary>Also registers, starts and calls every name once, then measures the heap per name and the sockets.</summary>
    [GlobalSetup(Targets = [nameof(Reload)])]
    public void SetupReload()
    {
        Setup();
        services = Register();
        provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        FirstUse();
        var firstUse = watch.Elapsed;
        payEmulator?.ClearRequests();
        weChatEmulator?.Host.ClearRequests();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var measured = ((after - before) / (double)Count, EstablishedTo(Emulator.Port));
        Measured[(Service, Count)] = measured;
        Console.WriteLine($"// {Service}, {Count} names, reload setup: first use of every name in turn {firstUse.TotalMilliseconds:F0} ms, heap {measured.Item1 / 1024:F1} KiB per name, {measured.Item2} sockets");
    }

    /// <summary>The same sections bound as plain named options and their monitor built, ready to reload.</summary>
    [GlobalSetup(Targets = [nameof(ReloadFloor)])]
    public void SetupReloadFloor()
    {
        Setup();
        services = RegisterFloor();
        provider = services.BuildServiceProvider();
        for (var i = 0; i < Count; i++)
        {
            _ = Service == "WeChatPay"
                ? provider.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get(Name(i))
                : (object)provider.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(Name(i));
        }
    }

    /// <summary>One HTTP client for the floor of the first use.</summary>
    [GlobalSetup(Targets = [nameof(FirstUseFloor)])]
    public void SetupFirstUseFloor()
    {
        Setup();
        plain = new HttpClient { BaseAddress = Emulator };
    }

    /// <summary>Stops everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        provider?.Dispose();
        provider = null;
        plain?.Dispose();
        payEmulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        weChatEmulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Registers the names for a start.</summary>
    [IterationSetup(Targets = [nameof(Start)])]
    public void SetupStart() => services = Register();

    /// <summary>Registers the names of the floor for a start.</summary>
    [IterationSetup(Targets = [nameof(StartFloor)])]
    public void SetupStartFloor() => services = RegisterFloor();

    /// <summary>Registers and starts a host whose names were never used.</summary>
    [IterationSetup(Targets = [nameof(FirstUse)])]
    public void SetupFirstUse()
    {
        services = Register();
        provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    /// <summary>Disposes the provider of a start or a first use.</summary>
    [IterationCleanup(Targets = [nameof(Start), nameof(StartFloor), nameof(FirstUse)])]
    public void CleanupIteration()
    {
        provider?.Dispose();
        provider = null;
    }

    /// <summary>The floor of registration: the same sections bound as plain named options.</summary>
    /// <returns>The services.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Register")]
    public IServiceCollection RegisterFloor()
    {
        var collection = new ServiceCollection();
        for (var i = 0; i < Count; i++)
        {
            var section = configuration.GetSection("Names:" + Name(i));
            if (Service == "WeChatPay")
            {
                collection.Configure<WeChatPayOptions>(Name(i), section);
            }
            else
            {
                collection.Configure<WeChatCardsOptions>(Name(i), section);
            }
        }

        return collection;
    }

    /// <summary><c>AddWeChatPay(name).Bind(section)</c> or <c>AddWeChatCards(name).Bind(section)</c> per name.</summary>
    /// <returns>The services.</returns>
    [Benchmark]
    [BenchmarkCategory("Register")]
    public IServiceCollection Register()
    {
        var collection = new ServiceCollection();
        var builder = collection.AddMemberCards();
        for (var i = 0; i < Count; i++)
        {
            var section = configuration.GetSection("Names:" + Name(i));
            if (Service == "WeChatPay")
            {
                builder.AddWeChatPay(Name(i)).Bind(section);
            }
            else
            {
                builder.AddWeChatCards(Name(i)).Bind(section);
            }
        }

        return collection;
    }

    /// <summary>The floor of a start: the plain provider built.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Start")]
    public void StartFloor() => provider = services.BuildServiceProvider();

    /// <summary>The provider built and the start check run, as host start does (names validated at first use).</summary>
    [Benchmark]
    [BenchmarkCategory("Start")]
    public void Start()
    {
        provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    /// <summary>The floor of a first use: one plain GET per name over one client (the transport, no SDK).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("FirstUse")]
    public void FirstUseFloor()
    {
        for (var i = 0; i < Count; i++)
        {
            using var response = plain!.GetAsync(new Uri("v3/ping/" + Name(i), UriKind.Relative)).GetAwaiter().GetResult();
        }
    }

    /// <summary>One call per name, in turn, on a host whose names were never used.</summary>
    [Benchmark]
    [BenchmarkCategory("FirstUse")]
    public void FirstUse()
    {
        if (Service == "WeChatPay")
        {
            var factory = provider!.GetRequiredService<IWeChatPayClientFactory>();
            for (var i = 0; i < Count; i++)
            {
                factory.Create(Name(i)).GetUserCardAsync(new GetUserCardRequest { UserCardCode = UserCardCode, BrandId = "1004", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA" }).GetAwaiter().GetResult();
            }
        }
        else
        {
            var factory = provider!.GetRequiredService<IWeChatClientFactory>();
            for (var i = 0; i < Count; i++)
            {
                factory.GetTicketProvider(Name(i)).GetTicketAsync(WeChatTicketType.JsApi).AsTask().GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>The floor of a reload: one name's value changed and the configuration of plain named options reloaded.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Reload")]
    public void ReloadFloor() => ChangeOneAndReload();

    /// <summary>One merchant's retry delay (one account's time-out) changed and the configuration reloaded.</summary>
    [Benchmark]
    [BenchmarkCategory("Reload")]
    public void Reload() => ChangeOneAndReload();

    private Uri Emulator => payEmulator?.BaseAddress ?? weChatEmulator!.BaseAddress;

    private static string Name(int i) => "brand" + i.ToString("D5", CultureInfo.InvariantCulture);

    private static string AppId(int i) => "wxbench" + i.ToString("D11", CultureInfo.InvariantCulture);

    /// <summary>Established TCP connections to <paramref name="port"/> on this machine (the client ends of the pool's connections).</summary>
    private static int EstablishedTo(int port)
    {
        var remote = ":" + port.ToString("X4", CultureInfo.InvariantCulture);
        var count = 0;
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }

            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 3 && fields[2].EndsWith(remote, StringComparison.Ordinal) && fields[3] == "01")
                {
                    count++;
                }
            }
        }

        return count;
    }

    private async Task SetupAsync()
    {
        if (payEmulator is not null || weChatEmulator is not null)
        {
            return;
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (Service == "WeChatPay")
        {
            payEmulator = await WeChatPayEmulator.StartAsync();
            payEmulator.Host.MaxRecordedRequests = 16;
            payEmulator.PutUserCard(WeChatPayEmulator.SampleUserCard(UserCardCode));
            var merchant = new WeChatPayOptions();
            payEmulator.ConfigurePublicKeyMode(merchant);
            for (var i = 0; i < Count; i++)
            {
                var prefix = $"Names:{Name(i)}:";
                values[prefix + "MerchantId"] = merchant.MerchantId;
                values[prefix + "CertificateSerialNumber"] = merchant.CertificateSerialNumber;
                values[prefix + "PrivateKey"] = merchant.PrivateKey;
                values[prefix + "PublicKeyId"] = merchant.PublicKeyId;
                values[prefix + "PublicKey"] = merchant.PublicKey;
                values[prefix + "ApiV3Key"] = merchant.ApiV3Key;
                values[prefix + "BaseAddress"] = payEmulator.BaseAddress.ToString();
            }
        }
        else
        {
            weChatEmulator = await WeChatEmulator.StartAsync();
            weChatEmulator.Host.MaxRecordedRequests = 16;
            for (var i = 0; i < Count; i++)
            {
                var prefix = $"Names:{Name(i)}:";
                weChatEmulator.AddApp(AppId(i), "secret" + i.ToString(CultureInfo.InvariantCulture));
                values[prefix + "AppId"] = AppId(i);
                values[prefix + "AppSecret"] = "secret" + i.ToString(CultureInfo.InvariantCulture);
                values[prefix + "BaseAddress"] = weChatEmulator.BaseAddress.ToString();
            }
        }

        configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private void ChangeOneAndReload()
    {
        var key = Service == "WeChatPay" ? "RetryDelay" : "Timeout";
        var value = Service == "WeChatPay" ? TimeSpan.FromMilliseconds(200 + (reloads++ % 2)) : TimeSpan.FromSeconds(30 + (reloads++ % 2));
        configuration[$"Names:{Name(Count / 2)}:{key}"] = value.ToString("c", CultureInfo.InvariantCulture);
        configuration.Reload();
    }
}
