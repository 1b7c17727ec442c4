namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The server side of one registration's event pushes: URL verification, signature and timestamp checks, safe-mode
/// decryption, typed card events, the atomic de-duplication claim and the <see cref="IWeChatMessageHandler{TEvent}"/>
/// handlers. Needs no ASP.NET: give it the query string and the body exactly as received.
/// </summary>
public interface IWeChatDispatcher
{
    /// <summary>The registration this dispatcher serves (empty for the default one).</summary>
    string RegistrationName { get; }

    /// <summary>Checks a URL verification GET and returns the <c>echostr</c> to echo.</summary>
    /// <param name="query">The query parameters.</param>
    /// <returns>The echostr, verbatim.</returns>
    /// <exception cref="MemberCardsSignatureException">The signature does not match the PushToken, or the timestamp is outside <see cref="WeChatCardsOptions.PushTimestampWindow"/>.</exception>
    /// <exception cref="MemberCardsFormatException">The echostr parameter is missing.</exception>
    string VerifyUrl(WeChatPushQuery query);

    /// <summary>
    /// Verifies (and in safe mode decrypts) a push and reads it as a typed event, without running handlers. The query
    /// <c>signature</c> and <c>timestamp</c> are checked before the body is read; a push whose query says
    /// <c>encrypt_type=aes</c> is read only from its <c>Encrypt</c> element once <c>msg_signature</c> matched; a plaintext
    /// push is refused when <see cref="WeChatCardsOptions.RequireEncryptedPushes"/> is on, which by default it is whenever
    /// <see cref="WeChatCardsOptions.EncodingAesKey"/> is set.
    /// </summary>
    /// <param name="query">The query parameters.</param>
    /// <param name="body">The body bytes as received.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The event. Bad input gives a faulted task, never a synchronous throw.</returns>
    /// <exception cref="MemberCardsMessageTooLargeException">The body is larger than <see cref="WeChatCardsOptions.MaxMessageBytes"/>.</exception>
    /// <exception cref="MemberCardsSignatureException">A signature is missing or does not match, the timestamp is stale, a safe-mode push has no <c>Encrypt</c> element, a plaintext push is refused, or the message does not decrypt (see <see cref="MemberCardsSignatureException.Reason"/>).</exception>
    /// <exception cref="MemberCardsFormatException">The body of a correctly signed push is not UTF-8 XML, or carries a DTD.</exception>
    Task<WeChatEvent> ParseAsync(WeChatPushQuery query, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies and parses a push, claims it (FromUserName + CreateTime) and runs the matching handlers in a new scope.
    /// A duplicate runs nothing (<see cref="InboundOutcome.Duplicate"/>); a delivery while another one of the same event
    /// is being handled runs nothing (<see cref="InboundOutcome.InProgress"/>: answer so that WeChat retries); a handler
    /// that throws releases the claim and its exception propagates. Bad input gives a faulted task, never a synchronous throw.
    /// </summary>
    /// <param name="query">The query parameters.</param>
    /// <param name="body">The body bytes as received.</param>
    /// <param name="cancellationToken">Cancels the claim and the handlers.</param>
    /// <returns>The outcome, the event and the reply.</returns>
    Task<WeChatDispatchResult> DispatchAsync(WeChatPushQuery query, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default);

    /// <summary>Encrypts a passive reply for safe mode: <c>&lt;xml&gt;&lt;Encrypt/&gt;&lt;MsgSignature/&gt;&lt;TimeStamp/&gt;&lt;Nonce/&gt;&lt;/xml&gt;</c>.</summary>
    /// <param name="replyXml">The plain reply XML.</param>
    /// <param name="timestamp">The timestamp to sign with.</param>
    /// <param name="nonce">The nonce to sign with.</param>
    /// <returns>The encrypted reply XML.</returns>
    string EncryptReply(string replyXml, string timestamp, string nonce);
}
