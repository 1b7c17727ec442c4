namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Verifies and decrypts WeChat Pay brand member-card notifications (<c>BRAND_MEMBER_CARD_SP.USER_CARD.*</c>).
/// Pass the headers and the raw body exactly as received; no ASP.NET dependency.
/// </summary>
public interface IWeChatPayNotificationHandler
{
    /// <summary>Verifies the signature (5-minute window, key by <c>Wechatpay-Serial</c>), decrypts the resource and types it.</summary>
    /// <param name="headers">The request headers (names in any case); at least the <c>Wechatpay-*</c> ones.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The event.</returns>
    /// <exception cref="MemberCardsSignatureException">The signature, timestamp or AES-GCM tag does not verify (probes included).</exception>
    /// <exception cref="MemberCardsFormatException">The body or the decrypted resource is malformed.</exception>
    Task<WeChatPayUserCardEvent> ParseAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default);

    /// <summary>
    /// Parses the notification, skips ids already processed, runs <paramref name="onEvent"/> and returns the HTTP
    /// answer: 200 when handled (or a duplicate), 401 when the signature fails, 400 when malformed, 500 when
    /// <paramref name="onEvent"/> throws (so WeChat Pay redelivers).
    /// </summary>
    /// <param name="headers">The request headers.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="onEvent">The application's handling of the event.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The answer to send.</returns>
    Task<WeChatPayNotificationAnswer> HandleAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, Func<WeChatPayUserCardEvent, CancellationToken, Task> onEvent, CancellationToken cancellationToken = default);
}
