using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Benchmarks.Redis;

/// <summary>
/// The fleet paths on a local redis-server (<c>MEMBERCARDS_REDIS</c>, as build/test.sh exports it) against the
/// in-memory defaults in the same run: a token cache hit (the provider's local copy, and the shared read a cold
/// instance makes), and a message claim round trip (claim + complete).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RedisFleetBenchmarks
{
    private const string AppId = "wxbench0000000002";
    private const string TokenKey = "membercards:wechat:token:classic:" + AppId;
    private static readonly TimeSpan ProcessingTimeout = TimeSpan.FromMinutes(2);

    // A short retention keeps both stores small over millions of iterations (the in-memory store sweeps expired keys);
    // it changes nothing in the cost of one claim and one completion.
    private static readonly TimeSpan Retention = TimeSpan.FromMilliseconds(1);
    private WeChatEmulator emulator = null!;
    private ServiceProvider memory = null!;
    private ServiceProvider redis = null!;
    private IWeChatAccessTokenProvider memoryTokens = null!;
    private IWeChatAccessTokenProvider redisTokens = null!;
    private IDistributedCache memoryCache = null!;
    private IDistributedCache redisCache = null!;
    private IMessageDeduplicationStore memoryClaims = null!;
    private IMessageDeduplicationStore redisClaims = null!;
    private long sequence;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var address = Environment.GetEnvironmentVariable("MEMBERCARDS_REDIS");
        if (string.IsNullOrWhiteSpace(address))
        {
            throw new InvalidOperationException("MEMBERCARDS_REDIS (host:port of a redis-server) is not set: `source build/lib/services.bash && services_start` first.");
        }

        emulator = await WeChatEmulator.StartAsync(o => o.Apps[AppId] = "bench-secret");
        memory = Build(null);
        redis = Build(address);
        (memoryTokens, memoryCache, memoryClaims) = Resolve(memory);
        (redisTokens, redisCache, redisClaims) = Resolve(redis);
        await memoryTokens.GetAccessTokenAsync();
        await redisTokens.GetAccessTokenAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await memory.DisposeAsync();
        await redis.DisposeAsync();
        await emulator.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("token cache hit")]
    public async Task<string> TokenHitInMemory() => await memoryTokens.GetAccessTokenAsync();

    [Benchmark]
    [BenchmarkCategory("token cache hit")]
    public async Task<string> TokenHitWithRedis() => await redisTokens.GetAccessTokenAsync();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("shared token read")]
    public async Task<byte[]?> SharedReadInMemory() => await memoryCache.GetAsync(TokenKey);

    [Benchmark]
    [BenchmarkCategory("shared token read")]
    public async Task<byte[]?> SharedReadFromRedis() => await redisCache.GetAsync(TokenKey);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("claim round trip")]
    public async Task ClaimInMemory() => await ClaimAndCompleteAsync(memoryClaims);

    [Benchmark]
    [BenchmarkCategory("claim round trip")]
    public async Task ClaimOnRedis() => await ClaimAndCompleteAsync(redisClaims);

    private async Task ClaimAndCompleteAsync(IMessageDeduplicationStore store)
    {
        var claim = await store.TryClaimAsync("bench:msg:" + Interlocked.Increment(ref sequence), ProcessingTimeout);
        await store.CompleteAsync(claim, Retention);
    }

    private ServiceProvider Build(string? address)
    {
        var services = new ServiceCollection();
        var builder = services.AddMemberCards();
        if (address is not null)
        {
            builder.UseRedis(address, o => o.KeyPrefix = $"membercards-bench:{Guid.NewGuid():N}:");
        }

        builder.AddWeChatCards(o =>
        {
            o.AppId = AppId;
            o.AppSecret = "bench-secret";
            o.BaseAddress = emulator.BaseAddress;
            o.TokenMode = WeChatTokenMode.Classic;
        });
        return services.BuildServiceProvider();
    }

    private static (IWeChatAccessTokenProvider, IDistributedCache, IMessageDeduplicationStore) Resolve(ServiceProvider services)
        => (services.GetRequiredService<IWeChatAccessTokenProvider>(), services.GetRequiredService<IDistributedCache>(), services.GetRequiredService<IMessageDeduplicationStore>());
}
