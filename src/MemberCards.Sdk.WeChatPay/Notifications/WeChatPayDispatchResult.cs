namespace MemberCards.Sdk.WeChatPay;

/// <summary>What <see cref="IWeChatPayDispatcher.DispatchAsync"/> did with one notification.</summary>
public sealed class WeChatPayDispatchResult : InboundResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="outcome">What was done.</param>
    /// <param name="registrationName">The merchant registration that received the notification.</param>
    /// <param name="message">The verified, decrypted notification.</param>
    /// <param name="deduplicationKey">The de-duplication key used.</param>
    public WeChatPayDispatchResult(InboundOutcome outcome, string registrationName, WeChatPayEvent message, string? deduplicationKey)
        : base(outcome, registrationName, message?.Id, deduplicationKey)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
    }

    /// <summary>The verified, decrypted notification, typed by its <c>original_type</c>.</summary>
    public WeChatPayEvent Message { get; }

    /// <summary>Always <see langword="null"/>: WeChat Pay expects a 200 without body (<see cref="WeChatPayNotificationAnswer.Success"/>).</summary>
    public override string? Reply => null;
}
