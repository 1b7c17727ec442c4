namespace MemberCards.Sdk.WeChat;

/// <summary>What <see cref="IWeChatDispatcher.DispatchAsync"/> did with one event push, and what to answer WeChat.</summary>
public sealed class WeChatDispatchResult : InboundResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="outcome">What was done.</param>
    /// <param name="registrationName">The registration that received the push.</param>
    /// <param name="event">The verified event.</param>
    /// <param name="deduplicationKey">The de-duplication key used, if any.</param>
    public WeChatDispatchResult(InboundOutcome outcome, string registrationName, WeChatEvent @event, string? deduplicationKey)
        : base(outcome, registrationName, @event?.DeduplicationKey, deduplicationKey)
    {
        ArgumentNullException.ThrowIfNull(@event);
        Message = @event;
    }

    /// <summary>The verified (and in safe mode decrypted) event.</summary>
    public WeChatEvent Message { get; }

    /// <summary>The body to answer WeChat with when <see cref="InboundResult.Acknowledge"/> is set: an empty string, which stops its retries.</summary>
    public override string Reply => WeChatConstants.PushSuccessReply;
}
