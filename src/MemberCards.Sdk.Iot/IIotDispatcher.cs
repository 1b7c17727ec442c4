namespace MemberCards.Sdk.Iot;

/// <summary>
/// Turns one received <c>(topic, payload)</c> into handled events: size cap, topic, tenant/project filter,
/// parse, de-duplication on <c>msgId</c>, typed handlers from DI, and only then marks the message as handled.
/// Transport-agnostic: feed it from an MQTT client, an HTTP bridge or a queue.
/// </summary>
public interface IIotDispatcher
{
    /// <summary>
    /// Reads one message without claiming it or running handlers: the same size cap, topic and payload checks as
    /// <see cref="DispatchAsync"/>. The tenant/project filter does not apply: the message is read whatever its topic.
    /// </summary>
    /// <param name="topic">The topic it arrived on.</param>
    /// <param name="payload">The payload exactly as received.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message. Bad input gives a faulted task, never a synchronous throw.</returns>
    Task<IotMessage> ParseAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>Dispatches one message.</summary>
    /// <param name="topic">The topic it arrived on.</param>
    /// <param name="payload">The payload exactly as received.</param>
    /// <param name="cancellationToken">Cancels the dispatch.</param>
    /// <returns>What was done.</returns>
    /// <remarks>
    /// Bad input gives a faulted task, never a synchronous throw: <see cref="MemberCardsMessageTooLargeException"/> for a payload
    /// over <see cref="IotOptions.MaxMessageBytes"/>, <see cref="MemberCardsFormatException"/> for a malformed topic or payload
    /// (a redelivery cannot fix either: acknowledge it). An exception thrown by a handler propagates unchanged after the
    /// message's de-duplication claim was released, so a redelivery runs it again exactly once.
    /// </remarks>
    Task<IotDispatchResult> DispatchAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);
}
