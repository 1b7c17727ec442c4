using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>A cached access_token (the provider's local copy) against a raw read of the same entry from IDistributedCache.</summary>
[MemoryDiagnoser]
public class WeChatAccessTokenBenchmarks
{
    private const string AppId = "wxbench0000000001";
    private WeChatEmulator emulator = null!;
    private ServiceProvider services = null!;
    private IWeChatAccessTokenProvider provider = null!;
    private IDistributedCache cache = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        emulator = await WeChatEmulator.StartAsync(o => o.Apps[AppId] = "bench-secret");
        var collection = new ServiceCollection();
        collection.AddMemberCards().AddWeChatCards(o =>
        {
            o.AppId = AppId;
            o.AppSecret = "bench-secret";
            o.BaseAddress = emulator.BaseAddress;
        });
        services = collection.BuildServiceProvider();
        provider = services.GetRequiredService<IWeChatAccessTokenProvider>();
        cache = services.GetRequiredService<IDistributedCache>();
        await provider.GetAccessTokenAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await services.DisposeAsync();
        await emulator.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<byte[]?> RawDistributedCacheRead() => await cache.GetAsync("membercards:wechat:token:stable:" + AppId);

    [Benchmark]
    public async Task<string> ProviderCacheHit() => await provider.GetAccessTokenAsync();
}
