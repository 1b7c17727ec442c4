using System.Globalization;
using System.Security.Cryptography;

namespace MemberCards.Sdk.Redis;

/// <summary>
/// <see cref="IMessageDeduplicationStore"/> on Redis: one key per message, <c>p:{owner}</c> while a delivery
/// processes it (expires after the processing timeout), <c>d:{owner}</c> once handled (expires after the
/// retention). Claim is one <c>SET NX PX</c>; complete and release are compare-owner scripts.
/// </summary>
internal sealed class RedisMessageDeduplicationStore(RedisConnection connection, ILogger<RedisMessageDeduplicationStore> logger) : IMessageDeduplicationStore
{
    // Returns nil when the key was free and is now ours, else the current value (its first letter is the state).
    private const string ClaimScript = """
        local current = redis.call('GET', KEYS[1])
        if current then return current end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return false
        """;

    private const string CompleteScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
          return 1
        end
        return 0
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    public async ValueTask<MessageClaim> TryClaimAsync(string key, TimeSpan processingTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(processingTimeout, TimeSpan.Zero);
        var owner = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var redisKey = connection.Keys.Claim(key);
        var current = await connection.RunAsync(
            "claim",
            redisKey,
            db => db.ScriptEvaluateAsync(ClaimScript, [redisKey], [Processing(owner), Milliseconds(processingTimeout)]),
            cancellationToken).ConfigureAwait(false);
        if (current.IsNull)
        {
            return new MessageClaim(key, MessageClaimStatus.Claimed, owner);
        }

        var text = (string?)current;
        return new MessageClaim(key, text is not null && text.StartsWith("d:", StringComparison.Ordinal) ? MessageClaimStatus.Processed : MessageClaimStatus.InProgress, string.Empty);
    }

    public async ValueTask CompleteAsync(MessageClaim claim, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        RequireClaimed(claim);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        var redisKey = connection.Keys.Claim(claim.Key);
        try
        {
            await connection.RunAsync(
                "complete",
                redisKey,
                db => db.ScriptEvaluateAsync(CompleteScript, [redisKey], [Processing(claim.OwnerToken), "d:" + claim.OwnerToken, Milliseconds(retention)]),
                cancellationToken).ConfigureAwait(false);
        }
        catch (MemberCardsCoordinationException ex)
        {
            // The handlers ran: acknowledging is right. Until the processing claim expires, a redelivery answers "in progress".
            RedisLog.FinishFailed(logger, "complete", redisKey, ex.InnerException?.GetType().Name ?? ex.GetType().Name);
        }
    }

    public async ValueTask ReleaseAsync(MessageClaim claim, CancellationToken cancellationToken = default)
    {
        RequireClaimed(claim);
        var redisKey = connection.Keys.Claim(claim.Key);
        try
        {
            await connection.RunAsync(
                "release",
                redisKey,
                db => db.ScriptEvaluateAsync(ReleaseScript, [redisKey], [Processing(claim.OwnerToken)]),
                cancellationToken).ConfigureAwait(false);
        }
        catch (MemberCardsCoordinationException ex)
        {
            // The handler's own exception is what the caller must see; the claim expires after its processing timeout.
            RedisLog.FinishFailed(logger, "release", redisKey, ex.InnerException?.GetType().Name ?? ex.GetType().Name);
        }
    }

    private static RedisValue Processing(string owner) => "p:" + owner;

    private static RedisValue Milliseconds(TimeSpan span)
        => Math.Max(1, (long)Math.Ceiling(span.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);

    private static void RequireClaimed(MessageClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Status != MessageClaimStatus.Claimed)
        {
            throw new ArgumentException($"Only a {nameof(MessageClaimStatus.Claimed)} claim can be completed or released; this one is {claim.Status}.", nameof(claim));
        }
    }
}
