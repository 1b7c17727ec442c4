namespace MemberCards.Sdk;

/// <summary>
/// The default <see cref="IMemberCardsLockProvider"/>: locks in this process's memory. Registered by
/// <c>AddMemberCards()</c> unless another provider is registered (the Redis package replaces it for a fleet).
/// </summary>
public sealed class InMemoryMemberCardsLockProvider : IMemberCardsLockProvider
{
    private readonly ConcurrentDictionary<string, MemberCardsLock> held = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;

    /// <summary>Creates a provider that reads time from <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock that decides when locks expire.</param>
    public InMemoryMemberCardsLockProvider(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
    }

    /// <inheritdoc />
    public ValueTask<MemberCardsLock?> TryAcquireAsync(string name, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var now = clock.GetUtcNow();
        var candidate = new MemberCardsLock(name, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), now + timeToLive);
        while (true)
        {
            if (held.TryAdd(name, candidate))
            {
                return ValueTask.FromResult<MemberCardsLock?>(candidate);
            }

            if (!held.TryGetValue(name, out var existing))
            {
                continue;
            }

            if (existing.ExpiresAt > now)
            {
                return ValueTask.FromResult<MemberCardsLock?>(null);
            }

            if (held.TryUpdate(name, candidate, existing))
            {
                return ValueTask.FromResult<MemberCardsLock?>(candidate);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ReleaseAsync(MemberCardsLock heldLock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(heldLock);
        var released = held.TryGetValue(heldLock.Name, out var existing)
            && existing.OwnerToken == heldLock.OwnerToken
            && held.TryRemove(new KeyValuePair<string, MemberCardsLock>(heldLock.Name, existing));
        return ValueTask.FromResult(released);
    }
}
