namespace MemberCards.Sdk;

/// <summary>
/// What a dispatcher did with one inbound message: the same shape for every service. Each service's result
/// (<c>YouzanDispatchResult</c>, <c>IotDispatchResult</c>, <c>WeChatDispatchResult</c>, <c>WeChatPayDispatchResult</c>)
/// derives from it and adds the typed <c>Message</c>; <see cref="Reply"/> is the body the platform expects.
/// </summary>
public abstract class InboundResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="outcome">What was done.</param>
    /// <param name="registrationName">The registration that received the message.</param>
    /// <param name="messageId">The message's id, if it has one.</param>
    /// <param name="deduplicationKey">The de-duplication key used, if any.</param>
    protected InboundResult(InboundOutcome outcome, string registrationName, string? messageId, string? deduplicationKey)
    {
        ArgumentNullException.ThrowIfNull(registrationName);
        Outcome = outcome;
        RegistrationName = registrationName;
        MessageId = messageId;
        DeduplicationKey = deduplicationKey;
    }

    /// <summary>What was done.</summary>
    public InboundOutcome Outcome { get; }

    /// <summary>The options name of the registration that received the message (empty for the default one).</summary>
    public string RegistrationName { get; }

    /// <summary>The message's id, or <see langword="null"/> when it has none.</summary>
    public string? MessageId { get; }

    /// <summary>The de-duplication key used, or <see langword="null"/> when the message could not be de-duplicated.</summary>
    public string? DeduplicationKey { get; }

    /// <summary>How many handler calls were made (0 unless <see cref="Outcome"/> is <see cref="InboundOutcome.Handled"/>).</summary>
    public int HandlerCalls { get; init; }

    /// <summary>
    /// The body to answer the platform with when <see cref="Acknowledge"/> is set, or <see langword="null"/> when the
    /// platform expects no body (WeChat Pay's 200, an MQTT acknowledgement).
    /// </summary>
    public abstract string? Reply { get; }

    /// <summary>Whether the platform should be told the message was received (every outcome but <see cref="InboundOutcome.InProgress"/>).</summary>
    public bool Acknowledge => Outcome != InboundOutcome.InProgress;

    /// <inheritdoc />
    public override string ToString() => $"{Outcome} {RegistrationName} msg={MessageId}";
}
