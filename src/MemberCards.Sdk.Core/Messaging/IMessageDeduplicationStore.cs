namespace MemberCards.Sdk;

/// <summary>
/// Makes every inbound message (Youzan push, IoT event, WeChat event push, WeChat Pay notification) run its
/// handlers once, however often and however concurrently the platform delivers it. A delivery first claims
/// the message's key atomically; the one that gets <see cref="MessageClaimStatus.Claimed"/> runs the handlers and
/// then completes the claim (remembered for the de-duplication window) or, when a handler threw, releases it so
/// that the platform's retry runs it. A claim that is neither completed nor released (a crashed process)
/// expires after its processing timeout.
/// </summary>
/// <remarks>
/// The default, <see cref="InMemoryMessageDeduplicationStore"/>, is atomic within one process. A fleet of
/// instances needs a shared store (the <c>MemberCards.Sdk.Redis</c> package registers one).
/// </remarks>
public interface IMessageDeduplicationStore
{
    /// <summary>Claims a message key atomically.</summary>
    /// <param name="key">The de-duplication key (service prefix plus the message's id); never a secret.</param>
    /// <param name="processingTimeout">How long the claim is held before it expires if it is neither completed nor released.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>The claim: <see cref="MessageClaimStatus.Claimed"/> for exactly one concurrent caller.</returns>
    ValueTask<MessageClaim> TryClaimAsync(string key, TimeSpan processingTimeout, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed message as handled and remembers it for <paramref name="retention"/>.</summary>
    /// <param name="claim">A <see cref="MessageClaimStatus.Claimed"/> claim from <see cref="TryClaimAsync"/>.</param>
    /// <param name="retention">How long to remember it (longer than the platform's retry window).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the key is stored.</returns>
    ValueTask CompleteAsync(MessageClaim claim, TimeSpan retention, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim up (a handler failed), so the next delivery of the message runs it. Only the owner's claim is removed.</summary>
    /// <param name="claim">A <see cref="MessageClaimStatus.Claimed"/> claim from <see cref="TryClaimAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the claim is removed.</returns>
    ValueTask ReleaseAsync(MessageClaim claim, CancellationToken cancellationToken = default);
}
