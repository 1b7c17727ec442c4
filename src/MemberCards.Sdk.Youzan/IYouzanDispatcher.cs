namespace MemberCards.Sdk.Youzan;

/// <summary>
/// Takes a push as received and runs it through: size cap, verification, parsing, claim (de-duplication), the
/// <see cref="IYouzanMessageHandler{TMessage}"/> handlers from DI, reply. Usable without ASP.NET. Every failure comes
/// back as a faulted task, never as a synchronous throw: <see cref="MemberCardsMessageTooLargeException"/> (answer 413),
/// <see cref="MemberCardsFormatException"/> (400), <see cref="MemberCardsSignatureException"/> (401); a handler's own
/// exception propagates unchanged after the claim was released, so Youzan's re-send is handled (once).
/// </summary>
public interface IYouzanDispatcher
{
    /// <summary>
    /// Verifies and reads a push without claiming it or running handlers: the same checks as <see cref="DispatchAsync(ReadOnlyMemory{byte}, string?, CancellationToken)"/>,
    /// including the typed reading of <c>SCRM_CARD</c> and <c>SCRM_CUSTOMER_CARD</c> messages.
    /// </summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="eventSign">The <c>Event-Sign</c> header, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verified push (a health check too).</returns>
    Task<YouzanPush> ParseAsync(ReadOnlyMemory<byte> body, string? eventSign, CancellationToken cancellationToken = default);

    /// <summary>Dispatches a push from its body bytes.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="eventSign">The <c>Event-Sign</c> header (<see cref="YouzanConstants.EventSignHeader"/>), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the dispatch.</param>
    /// <returns>The outcome and the reply to send.</returns>
    Task<YouzanDispatchResult> DispatchAsync(ReadOnlyMemory<byte> body, string? eventSign, CancellationToken cancellationToken = default);

    /// <summary>Dispatches a push read from a stream (a request body), refusing more than <see cref="YouzanOptions.MaxMessageBytes"/> bytes.</summary>
    /// <param name="body">The request body stream.</param>
    /// <param name="eventSign">The <c>Event-Sign</c> header, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the dispatch.</param>
    /// <returns>The outcome and the reply to send.</returns>
    Task<YouzanDispatchResult> DispatchAsync(Stream body, string? eventSign, CancellationToken cancellationToken = default);
}
