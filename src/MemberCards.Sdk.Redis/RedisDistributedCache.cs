using System.Globalization;
using Microsoft.Extensions.Caching.Distributed;

namespace MemberCards.Sdk.Redis;

/// <summary>
/// <see cref="IDistributedCache"/> on Redis, under <c>{prefix}cache:{key}</c>: a hash of the value, its sliding
/// interval and its absolute expiry, with the key's TTL set to whichever ends first. Where the SDK shares access
/// tokens (with their expiry) and WeChat Pay platform certificates across the fleet.
/// </summary>
internal sealed class RedisDistributedCache(RedisConnection connection, TimeProvider time) : IDistributedCache
{
    private const string SetScript = """
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'data', ARGV[1], 'sliding', ARGV[2], 'absolute', ARGV[3])
        if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
        return 1
        """;

    // ARGV[1]: now (Unix ms); ARGV[2]: 1 to return the value. Slides the TTL when the entry has a sliding interval.
    private const string GetScript = """
        local v = redis.call('HMGET', KEYS[1], 'data', 'sliding', 'absolute')
        if not v[1] then return false end
        local sliding = tonumber(v[2]) or 0
        if sliding > 0 then
          local ttl = sliding
          local absolute = tonumber(v[3]) or 0
          if absolute > 0 and absolute - tonumber(ARGV[1]) < ttl then ttl = absolute - tonumber(ARGV[1]) end
          if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
        end
        if ARGV[2] == '1' then return v[1] end
        return 1
        """;

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var redisKey = connection.Keys.Cache(key);
        var now = Now();
        var result = await connection.RunAsync("cache get", redisKey, db => db.ScriptEvaluateAsync(GetScript, [redisKey], [now, "1"]), token).ConfigureAwait(false);
        return result.IsNull ? null : (byte[]?)result;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow();
        DateTimeOffset? absolute = options.AbsoluteExpiration
            ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : null);
        if (absolute is { } a && a <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The absolute expiration is in the past.");
        }

        var sliding = options.SlidingExpiration is { } s ? (long)Math.Ceiling(s.TotalMilliseconds) : 0;
        var absoluteMs = absolute?.ToUnixTimeMilliseconds() ?? 0;
        long ttl = 0;
        if (absolute is { } end)
        {
            ttl = Math.Max(1, (long)Math.Ceiling((end - now).TotalMilliseconds));
        }

        if (sliding > 0)
        {
            ttl = ttl > 0 ? Math.Min(ttl, sliding) : sliding;
        }

        var redisKey = connection.Keys.Cache(key);
        await connection.RunAsync(
            "cache set",
            redisKey,
            db => db.ScriptEvaluateAsync(SetScript, [redisKey], [value, Text(sliding), Text(absoluteMs), Text(ttl)]),
            token).ConfigureAwait(false);
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var redisKey = connection.Keys.Cache(key);
        var now = Now();
        await connection.RunAsync("cache refresh", redisKey, db => db.ScriptEvaluateAsync(GetScript, [redisKey], [now, "0"]), token).ConfigureAwait(false);
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var redisKey = connection.Keys.Cache(key);
        await connection.RunAsync("cache remove", redisKey, db => db.KeyDeleteAsync(redisKey), token).ConfigureAwait(false);
    }

    private RedisValue Now() => Text(time.GetUtcNow().ToUnixTimeMilliseconds());

    private static RedisValue Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
