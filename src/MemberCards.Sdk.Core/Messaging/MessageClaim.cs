namespace MemberCards.Sdk;

/// <summary>
/// The answer of <see cref="IMessageDeduplicationStore.TryClaimAsync"/>. When <see cref="Status"/> is
/// <see cref="MessageClaimStatus.Claimed"/>, pass it back to <see cref="IMessageDeduplicationStore.CompleteAsync"/>
/// or <see cref="IMessageDeduplicationStore.ReleaseAsync"/>: only the owner's token can finish a claim.
/// </summary>
public sealed class MessageClaim
{
    /// <summary>Creates a claim answer (for store implementations).</summary>
    /// <param name="key">The de-duplication key.</param>
    /// <param name="status">What the store found.</param>
    /// <param name="ownerToken">The random token that identifies the owner of a <see cref="MessageClaimStatus.Claimed"/> claim; empty otherwise.</param>
    public MessageClaim(string key, MessageClaimStatus status, string ownerToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(ownerToken);
        if (status == MessageClaimStatus.Claimed)
        {
            ArgumentException.ThrowIfNullOrEmpty(ownerToken);
        }

        Key = key;
        Status = status;
        OwnerToken = ownerToken;
    }

    /// <summary>The de-duplication key.</summary>
    public string Key { get; }

    /// <summary>What the store found.</summary>
    public MessageClaimStatus Status { get; }

    /// <summary>The owner's random token (empty unless <see cref="Status"/> is <see cref="MessageClaimStatus.Claimed"/>).</summary>
    public string OwnerToken { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Status} {Key}";
}
