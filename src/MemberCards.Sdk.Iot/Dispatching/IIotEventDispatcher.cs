namespace MemberCards.Sdk.Iot;

/// <summary>
/// Turns one received <c>(topic, payload)</c> into handled events: size cap, topic, tenant/project filter,
/// parse, de-duplication on <c>msgId</c>, typed handlers from DI, and only then marks the message as handled.
/// Transport-agnostic: feed it from an MQTT client, an HTTP bridge or a queue.
/// </summary>
public interface IIotEventDispatcher
{
    /// <summary>Dispatches one message.</summary>
    /// <param name="topic">The topic it arrived on.</param>
    /// <param name="payload">The payload exactly as received.</param>
    /// <param name="cancellationToken">Cancels the dispatch.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="MemberCardsFormatException">The topic or payload is malformed or too large (do not retry).</exception>
    /// <remarks>An exception thrown by a handler propagates unchanged and the message is not marked as handled, so a redelivery retries it.</remarks>
    Task<IotDispatchResult> DispatchAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);
}
