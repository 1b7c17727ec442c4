namespace MemberCards.Sdk;

/// <summary>
/// The default <see cref="IMessageDeduplicationStore"/>: atomic claims in this process's memory. Concurrent
/// deliveries of one message run its handlers once; a fleet of instances needs a shared store instead.
/// </summary>
public sealed class InMemoryMessageDeduplicationStore : IMessageDeduplicationStore
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private int operations;

    /// <summary>Creates a store that reads time from <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock that decides when claims and completed keys expire.</param>
    public InMemoryMessageDeduplicationStore(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
    }

    /// <summary>How many keys (claims being processed and completed ones) are held now, expired ones not yet swept included.</summary>
    public int Count => entries.Count;

    /// <inheritdoc />
    public ValueTask<MessageClaim> TryClaimAsync(string key, TimeSpan processingTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(processingTimeout, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        SweepNowAndThen();

        var now = clock.GetUtcNow();
        var token = NewToken();
        var claim = new Entry(token, Done: false, now + processingTimeout);
        while (true)
        {
            if (entries.TryAdd(key, claim))
            {
                return ValueTask.FromResult(new MessageClaim(key, MessageClaimStatus.Claimed, token));
            }

            if (!entries.TryGetValue(key, out var existing))
            {
                continue;
            }

            if (existing.ExpiresAt <= now)
            {
                if (entries.TryUpdate(key, claim, existing))
                {
                    return ValueTask.FromResult(new MessageClaim(key, MessageClaimStatus.Claimed, token));
                }

                continue;
            }

            var status = existing.Done ? MessageClaimStatus.Processed : MessageClaimStatus.InProgress;
            return ValueTask.FromResult(new MessageClaim(key, status, string.Empty));
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(MessageClaim claim, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        RequireClaimed(claim);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        if (entries.TryGetValue(claim.Key, out var existing) && existing.Owner == claim.OwnerToken)
        {
            entries.TryUpdate(claim.Key, existing with { Done = true, ExpiresAt = clock.GetUtcNow() + retention }, existing);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(MessageClaim claim, CancellationToken cancellationToken = default)
    {
        RequireClaimed(claim);
        if (entries.TryGetValue(claim.Key, out var existing) && existing.Owner == claim.OwnerToken && !existing.Done)
        {
            entries.TryRemove(new KeyValuePair<string, Entry>(claim.Key, existing));
        }

        return ValueTask.CompletedTask;
    }

    private static void RequireClaimed(MessageClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Status != MessageClaimStatus.Claimed)
        {
            throw new ArgumentException($"Only a {nameof(MessageClaimStatus.Claimed)} claim can be completed or released; this one is {claim.Status}.", nameof(claim));
        }
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private void SweepNowAndThen()
    {
        if (Interlocked.Increment(ref operations) % SweepEvery != 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var pair in entries)
        {
            if (pair.Value.ExpiresAt <= now)
            {
                entries.TryRemove(pair);
            }
        }
    }

    private sealed record Entry(string Owner, bool Done, DateTimeOffset ExpiresAt);
}
