namespace MemberCards.Sdk;

/// <summary>A lock held through <see cref="IMemberCardsLockProvider.TryAcquireAsync"/>: its name and its owner's random token.</summary>
public sealed class MemberCardsLock
{
    /// <summary>Creates a held lock (for provider implementations).</summary>
    /// <param name="name">The lock's name.</param>
    /// <param name="ownerToken">The random token that identifies the owner.</param>
    /// <param name="expiresAt">When the lock expires unless released before.</param>
    public MemberCardsLock(string name, string ownerToken, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(ownerToken);
        Name = name;
        OwnerToken = ownerToken;
        ExpiresAt = expiresAt;
    }

    /// <summary>The lock's name.</summary>
    public string Name { get; }

    /// <summary>The owner's random token: only it releases the lock.</summary>
    public string OwnerToken { get; }

    /// <summary>When the lock expires unless released before (by the provider's clock).</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"MemberCardsLock {{ Name = {Name}, ExpiresAt = {ExpiresAt:O} }}";
}
