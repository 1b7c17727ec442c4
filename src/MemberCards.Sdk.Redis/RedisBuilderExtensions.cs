using MemberCards.Sdk.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk;

/// <summary>Makes a fleet of instances behave as one: <c>services.AddMemberCards().UseRedis("localhost:6379")</c>.</summary>
public static class RedisBuilderExtensions
{
    /// <summary>
    /// Moves the SDK's coordination to Redis: atomic message claims (every inbound service), fleet-wide locks (one
    /// access_token fetch per AppId, one certificate download per merchant) and, while it is the in-memory default,
    /// the distributed cache where tokens and certificates are shared. The SDK opens the connection (lazily, never
    /// blocking the start) and closes it with the service provider.
    /// </summary>
    /// <param name="builder">The builder from <c>AddMemberCards()</c>.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, such as <c>localhost:6379</c> or <c>redis0:6380,password=...</c>.</param>
    /// <param name="configure">Changes the key prefix, timeouts ...</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder UseRedis(this IMemberCardsBuilder builder, string configuration, Action<MemberCardsRedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var options = Options(configure);

        // Parse now, so a malformed string fails at registration and not at the first message.
        _ = ConfigurationOptions.Parse(configuration);
        return Register(builder, options, () => RedisConnection.FromConfiguration(configuration, options));
    }

    /// <summary>
    /// Moves the SDK's coordination to Redis over a connection the host owns (and closes). Configure its timeouts
    /// and <c>BacklogPolicy.FailFast</c> yourself; each SDK command is bounded by <see cref="MemberCardsRedisOptions.OperationTimeout"/> regardless.
    /// </summary>
    /// <param name="builder">The builder from <c>AddMemberCards()</c>.</param>
    /// <param name="multiplexer">The host's connection.</param>
    /// <param name="configure">Changes the key prefix, timeouts ...</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder UseRedis(this IMemberCardsBuilder builder, IConnectionMultiplexer multiplexer, Action<MemberCardsRedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(multiplexer);
        var options = Options(configure);
        return Register(builder, options, () => RedisConnection.FromMultiplexer(multiplexer, options));
    }

    private static MemberCardsRedisOptions Options(Action<MemberCardsRedisOptions>? configure)
    {
        var options = new MemberCardsRedisOptions();
        configure?.Invoke(options);
        if (string.IsNullOrEmpty(options.KeyPrefix))
        {
            throw new ArgumentException("MemberCards:Redis:KeyPrefix is required (default 'membercards:').", nameof(configure));
        }

        if (options.OperationTimeout <= TimeSpan.Zero || options.ConnectTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("MemberCards:Redis:OperationTimeout and MemberCards:Redis:ConnectTimeout must be positive.", nameof(configure));
        }

        return options;
    }

    private static IMemberCardsBuilder Register(IMemberCardsBuilder builder, MemberCardsRedisOptions options, Func<RedisConnection> connection)
    {
        var services = builder.Services;
        services.RemoveAll<RedisConnection>();
        services.AddSingleton(_ => connection());
        services.Replace(ServiceDescriptor.Singleton<IMessageDeduplicationStore>(sp => new RedisMessageDeduplicationStore(
            sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<ILogger<RedisMessageDeduplicationStore>>())));
        services.Replace(ServiceDescriptor.Singleton<IMemberCardsLockProvider>(sp => new RedisLockProvider(
            sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RedisLockProvider>>())));
        if (options.ShareDistributedCache && IsDefaultCache(services))
        {
            services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(sp => new RedisDistributedCache(
                sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<TimeProvider>())));
        }

        return builder;
    }

    private static bool IsDefaultCache(IServiceCollection services)
    {
        var cache = services.LastOrDefault(d => d.ServiceType == typeof(IDistributedCache));
        return cache is null || cache.ImplementationType == typeof(MemoryDistributedCache);
    }
}
