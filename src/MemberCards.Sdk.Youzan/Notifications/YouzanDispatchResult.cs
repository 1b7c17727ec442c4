namespace MemberCards.Sdk.Youzan;

/// <summary>What the dispatcher did with one push (<see cref="InboundResult.Outcome"/>), with the reply to send back to Youzan.</summary>
public sealed class YouzanDispatchResult : InboundResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="outcome">What was done.</param>
    /// <param name="registrationName">The app that received the push (empty for the default one).</param>
    /// <param name="push">The verified push (also set for health checks).</param>
    /// <param name="deduplicationKey">The de-duplication key used, if any.</param>
    /// <param name="handlerCalls">How many handler calls were made.</param>
    public YouzanDispatchResult(InboundOutcome outcome, string registrationName, YouzanPush push, string? deduplicationKey, int handlerCalls)
        : base(outcome, registrationName, push?.MessageId, deduplicationKey)
    {
        ArgumentNullException.ThrowIfNull(push);
        Message = push;
        HandlerCalls = handlerCalls;
    }

    /// <summary>The verified push (also set for health checks).</summary>
    public YouzanPush Message { get; }

    /// <summary>
    /// The body to answer with when <see cref="InboundResult.Acknowledge"/> is <see langword="true"/>:
    /// <see cref="YouzanConstants.SuccessReplyJson"/>. When it is <see langword="false"/> (another delivery of the push is
    /// being handled), answer anything else (the endpoint answers 503) so that Youzan re-sends it.
    /// </summary>
    public override string Reply => YouzanConstants.SuccessReplyJson;

    /// <inheritdoc />
    public override string ToString() => $"{Outcome}: {Message}";
}
