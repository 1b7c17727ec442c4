namespace MemberCards.Sdk;

/// <summary>
/// Remembers which inbound messages were already handled, so a platform's retries are not processed twice.
/// A message is marked only after its handler succeeded, so a failed one is retried, never lost.
/// </summary>
public interface IMessageDeduplicationStore
{
    /// <summary>Whether a message with this key was already handled.</summary>
    /// <param name="key">The de-duplication key (service prefix plus the message's id).</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns><see langword="true"/> when it was handled before.</returns>
    ValueTask<bool> HasProcessedAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Records that a message was handled.</summary>
    /// <param name="key">The de-duplication key.</param>
    /// <param name="retention">How long to remember it (longer than the platform's retry window).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the key is stored.</returns>
    ValueTask MarkProcessedAsync(string key, TimeSpan retention, CancellationToken cancellationToken = default);
}
