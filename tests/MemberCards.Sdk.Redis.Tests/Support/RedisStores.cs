using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace MemberCards.Sdk.Redis.Tests.Support;

/// <summary>A service provider with <c>AddMemberCards().UseRedis(...)</c> on a real Redis, its stores, and a direct connection to inspect keys.</summary>
internal sealed class RedisStores : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private RedisStores(ServiceProvider provider, ConnectionMultiplexer inspector, string prefix)
    {
        this.provider = provider;
        Inspector = inspector;
        Prefix = prefix;
    }

    public string Prefix { get; }

    /// <summary>A separate connection of the test, to read what the SDK wrote.</summary>
    public ConnectionMultiplexer Inspector { get; }

    public IDatabase Database => Inspector.GetDatabase();

    public IMessageDeduplicationStore Claims => provider.GetRequiredService<IMessageDeduplicationStore>();

    public IMemberCardsLockProvider Locks => provider.GetRequiredService<IMemberCardsLockProvider>();

    public IDistributedCache Cache => provider.GetRequiredService<IDistributedCache>();

    public IServiceProvider Services => provider;

    public static async Task<RedisStores> StartAsync(string? address = null, Action<IServiceCollection>? services = null, TimeSpan? operationTimeout = null)
    {
        address ??= RedisTestServer.Address;
        var prefix = RedisTestServer.UniquePrefix("store");
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddMemberCards().UseRedis(address, o =>
        {
            o.KeyPrefix = prefix;
            o.OperationTimeout = operationTimeout ?? TimeSpan.FromSeconds(1);
            o.ConnectTimeout = TimeSpan.FromSeconds(1);
        });
        var inspector = await ConnectionMultiplexer.ConnectAsync(address + ",abortConnect=false,connectTimeout=2000");
        return new RedisStores(collection.BuildServiceProvider(), inspector, prefix);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Inspector.DisposeAsync();
    }
}
