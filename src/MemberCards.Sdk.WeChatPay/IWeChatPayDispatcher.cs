namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The inbound pipeline of one merchant's notify URL, usable without ASP.NET: body cap -> parse the envelope ->
/// verify the signature (5-minute window, key by <c>Wechatpay-Serial</c>) -> decrypt the resource (APIv3 key) ->
/// claim the notification id -> run the <see cref="IWeChatPayMessageHandler{TMessage}"/> handlers -> complete the
/// claim (or release it when a handler throws). Pass the headers and the raw body exactly as received.
/// </summary>
public interface IWeChatPayDispatcher
{
    /// <summary>Verifies, decrypts, de-duplicates and dispatches one notification.</summary>
    /// <param name="headers">The request headers (names in any case); at least the <c>Wechatpay-*</c> ones.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="cancellationToken">Cancels the work and the handlers.</param>
    /// <returns>
    /// The result: <see cref="InboundOutcome.Handled"/>, <see cref="InboundOutcome.Duplicate"/> (handled before),
    /// <see cref="InboundOutcome.InProgress"/> (another delivery is being handled: answer "retry") or
    /// <see cref="InboundOutcome.Unhandled"/> (no handler registered). Bad input faults the task with
    /// <see cref="MemberCardsMessageTooLargeException"/> (beyond <see cref="WeChatPayOptions.MaxMessageBytes"/>),
    /// <see cref="MemberCardsSignatureException"/> (signature, timestamp, serial or AES-GCM tag) or
    /// <see cref="MemberCardsFormatException"/> (malformed); a handler's exception propagates after the claim was released.
    /// </returns>
    Task<WeChatPayDispatchResult> DispatchAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default);

    /// <summary>Verifies and decrypts one notification without claiming it or running handlers.</summary>
    /// <param name="headers">The request headers.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The notification, typed by its <c>original_type</c> (<see cref="WeChatPayUnknownEvent"/> when the SDK has no type for it); faults as <see cref="DispatchAsync"/> does for bad input.</returns>
    Task<WeChatPayEvent> ParseAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default);
}
