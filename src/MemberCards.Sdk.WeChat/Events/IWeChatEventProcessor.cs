namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The server side of event pushes: URL verification, signature checks (constant time), safe-mode
/// decryption and reply encryption, typed card events and duplicate detection. Needs no ASP.NET:
/// give it the query string and the body exactly as received.
/// </summary>
public interface IWeChatEventProcessor
{
    /// <summary>Checks a URL verification GET and returns the <c>echostr</c> to echo.</summary>
    /// <param name="query">The query parameters.</param>
    /// <returns>The echostr, verbatim.</returns>
    /// <exception cref="MemberCardsSignatureException">The signature does not match the PushToken.</exception>
    string VerifyUrl(WeChatPushQuery query);

    /// <summary>Verifies (and in safe mode decrypts) a push and reads it as a typed event.</summary>
    /// <param name="query">The query parameters.</param>
    /// <param name="body">The body bytes as received.</param>
    /// <returns>The event.</returns>
    /// <exception cref="MemberCardsSignatureException">A signature does not match or the message does not decrypt.</exception>
    /// <exception cref="MemberCardsFormatException">The body is too large, not XML, or carries a DTD.</exception>
    WeChatEvent Parse(WeChatPushQuery query, ReadOnlySpan<byte> body);

    /// <summary>
    /// Parses a push, skips it when FromUserName + CreateTime was already handled, else runs
    /// <paramref name="handler"/> and then records it in the <see cref="IMessageDeduplicationStore"/>.
    /// </summary>
    /// <param name="query">The query parameters.</param>
    /// <param name="body">The body bytes as received.</param>
    /// <param name="handler">Your handling of a new event.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>The event and whether it was a duplicate.</returns>
    Task<WeChatEventResult> HandleAsync(WeChatPushQuery query, ReadOnlyMemory<byte> body, Func<WeChatEvent, CancellationToken, Task> handler, CancellationToken cancellationToken = default);

    /// <summary>Encrypts a passive reply for safe mode: <c>&lt;xml&gt;&lt;Encrypt/&gt;&lt;MsgSignature/&gt;&lt;TimeStamp/&gt;&lt;Nonce/&gt;&lt;/xml&gt;</c>.</summary>
    /// <param name="replyXml">The plain reply XML.</param>
    /// <param name="timestamp">The timestamp to sign with.</param>
    /// <param name="nonce">The nonce to sign with.</param>
    /// <returns>The encrypted reply XML.</returns>
    string EncryptReply(string replyXml, string timestamp, string nonce);
}
