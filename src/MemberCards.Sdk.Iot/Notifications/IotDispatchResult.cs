namespace MemberCards.Sdk.Iot;

/// <summary>The outcome of <see cref="IIotDispatcher.DispatchAsync"/>.</summary>
public sealed class IotDispatchResult : InboundResult
{
    internal IotDispatchResult(InboundOutcome outcome, string registrationName, string? deduplicationKey, IotTopic topic, IotMessage? message, IReadOnlyList<IotEvent> unhandledEvents)
        : base(outcome, registrationName, message?.MessageId, deduplicationKey)
    {
        Topic = topic;
        Message = message;
        UnhandledEvents = unhandledEvents;
    }

    /// <summary>The topic: tenant and project.</summary>
    public IotTopic Topic { get; }

    /// <summary>The message, or <see langword="null"/> when <see cref="InboundResult.Outcome"/> is <see cref="InboundOutcome.Ignored"/> (the payload was not read).</summary>
    public IotMessage? Message { get; }

    /// <summary>Events of the message for which no handler is registered.</summary>
    public IReadOnlyList<IotEvent> UnhandledEvents { get; }

    /// <summary>Always <see langword="null"/>: the platform expects no body (an MQTT acknowledgement, or an HTTP 200).</summary>
    public override string? Reply => null;

    /// <inheritdoc />
    public override string ToString() => $"{Outcome} {Topic} msgId={MessageId} handlerCalls={HandlerCalls} unhandled={UnhandledEvents.Count}";
}
