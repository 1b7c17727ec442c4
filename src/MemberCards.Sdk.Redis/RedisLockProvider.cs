using System.Globalization;
using System.Security.Cryptography;

namespace MemberCards.Sdk.Redis;

/// <summary><see cref="IMemberCardsLockProvider"/> on Redis: <c>SET {prefix}lock:{name} {owner} NX PX ttl</c>, released by a compare-owner script.</summary>
internal sealed class RedisLockProvider(RedisConnection connection, TimeProvider time, ILogger<RedisLockProvider> logger) : IMemberCardsLockProvider
{
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    public async ValueTask<MemberCardsLock?> TryAcquireAsync(string name, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        var owner = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var key = connection.Keys.Lock(name);
        var expiresAt = time.GetUtcNow() + timeToLive;
        var taken = await connection.RunAsync(
            "lock",
            key,
            db => db.StringSetAsync(key, owner, timeToLive, When.NotExists),
            cancellationToken).ConfigureAwait(false);
        return taken ? new MemberCardsLock(name, owner, expiresAt) : null;
    }

    public async ValueTask<bool> ReleaseAsync(MemberCardsLock heldLock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(heldLock);
        var key = connection.Keys.Lock(heldLock.Name);
        try
        {
            var removed = await connection.RunAsync(
                "unlock",
                key,
                db => db.ScriptEvaluateAsync(ReleaseScript, [key], [heldLock.OwnerToken]),
                cancellationToken).ConfigureAwait(false);
            return (long)removed == 1;
        }
        catch (MemberCardsCoordinationException ex)
        {
            RedisLog.UnlockFailed(logger, key, ex.InnerException?.GetType().Name ?? ex.GetType().Name);
            return false;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"RedisLockProvider {{ Prefix = {connection.Keys.Prefix} }}");
}
