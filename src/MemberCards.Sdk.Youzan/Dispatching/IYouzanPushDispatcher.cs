namespace MemberCards.Sdk.Youzan;

/// <summary>
/// Takes a push as received and runs it through: size cap, verification, de-duplication, typed handler
/// from DI, reply. Bad input surfaces only as <see cref="MemberCardsFormatException"/> (answer 400) or
/// <see cref="MemberCardsSignatureException"/> (answer 401); a handler's own exception propagates unchanged
/// and the push is not marked processed, so Youzan's re-send is handled.
/// </summary>
public interface IYouzanPushDispatcher
{
    /// <summary>Dispatches a push from its body bytes.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="eventSign">The <c>Event-Sign</c> header, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the dispatch.</param>
    /// <returns>The outcome and the reply to send.</returns>
    /// <exception cref="MemberCardsFormatException">The body is too large or malformed.</exception>
    /// <exception cref="MemberCardsSignatureException">The push does not verify.</exception>
    Task<YouzanDispatchResult> DispatchAsync(ReadOnlyMemory<byte> body, string? eventSign, CancellationToken cancellationToken = default);

    /// <summary>Dispatches a push read from a stream (a request body), refusing more than <see cref="YouzanOptions.MaxBodyBytes"/> bytes.</summary>
    /// <param name="body">The request body stream.</param>
    /// <param name="eventSign">The <c>Event-Sign</c> header, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the dispatch.</param>
    /// <returns>The outcome and the reply to send.</returns>
    /// <exception cref="MemberCardsFormatException">The body is too large or malformed.</exception>
    /// <exception cref="MemberCardsSignatureException">The push does not verify.</exception>
    Task<YouzanDispatchResult> DispatchAsync(Stream body, string? eventSign, CancellationToken cancellationToken = default);
}
