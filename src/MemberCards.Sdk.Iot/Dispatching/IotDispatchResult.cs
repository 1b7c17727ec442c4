namespace MemberCards.Sdk.Iot;

/// <summary>The outcome of <see cref="IIotEventDispatcher.DispatchAsync"/>.</summary>
public sealed class IotDispatchResult
{
    internal IotDispatchResult(IotDispatchStatus status, IotTopic topic, IotMessage? message, int handlerCalls, IReadOnlyList<IotEvent> unhandled)
    {
        Status = status;
        Topic = topic;
        Message = message;
        HandlerCalls = handlerCalls;
        UnhandledEvents = unhandled;
    }

    /// <summary>What was done.</summary>
    public IotDispatchStatus Status { get; }

    /// <summary>The topic: tenant and project.</summary>
    public IotTopic Topic { get; }

    /// <summary>The message, or <see langword="null"/> when <see cref="Status"/> is <see cref="IotDispatchStatus.Ignored"/>.</summary>
    public IotMessage? Message { get; }

    /// <summary>How many handler calls were made.</summary>
    public int HandlerCalls { get; }

    /// <summary>Events of the message for which no handler is registered.</summary>
    public IReadOnlyList<IotEvent> UnhandledEvents { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Status} {Topic} msgId={Message?.MessageId} handlerCalls={HandlerCalls} unhandled={UnhandledEvents.Count}";
}
