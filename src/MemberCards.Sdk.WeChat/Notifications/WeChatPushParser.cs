using System.Security;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// Verifies, decrypts and reads the event pushes of one registration under one snapshot of its options: the query
/// signature and timestamp first, then (safe mode) the <c>Encrypt</c> element and <c>msg_signature</c>, then the XML.
/// </summary>
internal sealed class WeChatPushParser(string registrationName, WeChatCardsOptions options, TimeProvider time)
{
    private const string Target = "WeChat event push";
    private const long MaxUnixSeconds = 253402300799; // 9999-12-31T23:59:59Z

    /// <summary>The options this parser reads pushes with.</summary>
    public WeChatCardsOptions Options => options;

    public string VerifyUrl(WeChatPushQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        VerifySignature(query);
        return query.EchoStr ?? throw new MemberCardsFormatException(WeChatConstants.ServiceName, Target, "echostr", "the echostr parameter is missing.");
    }

    public WeChatEvent Parse(WeChatPushQuery query, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (body.Length > options.MaxMessageBytes)
        {
            throw new MemberCardsMessageTooLargeException(WeChatConstants.ServiceName, options.MaxMessageBytes, body.Length);
        }

        // Verify first, then parse: the query signature is checked before a byte of the body is read as XML.
        var encrypted = string.Equals(query.EncryptType, "aes", StringComparison.OrdinalIgnoreCase);
        if (!encrypted && options.RefusesPlaintextPushes)
        {
            var setting = MemberCardsSettingName.Of(WeChatConstants.ServiceName, registrationName, nameof(WeChatCardsOptions.RequireEncryptedPushes));
            throw Failed(SignatureFailureReason.Malformed, options.RequireEncryptedPushes is true
                ? $"a plaintext push (no encrypt_type=aes) is refused because {setting} is on."
                : $"a plaintext push (no encrypt_type=aes) is refused because EncodingAesKey is set (safe mode); set {setting}=false only while switching the account to safe mode.");
        }

        VerifySignature(query);
        if (encrypted && string.IsNullOrEmpty(query.MsgSignature))
        {
            throw Failed(SignatureFailureReason.MissingHeaders, "encrypt_type=aes without msg_signature.");
        }

        var text = Utf8(body);
        if (!encrypted)
        {
            var plain = SafeXml.ReadFields(text, options.MaxMessageBytes, Target);
            if (plain.ContainsKey("Encrypt") && !plain.ContainsKey("MsgType"))
            {
                throw new MemberCardsFormatException(WeChatConstants.ServiceName, Target, "Encrypt", "an encrypted push arrived without encrypt_type=aes and msg_signature in the query.");
            }

            return WeChatEventReader.Read(plain, text);
        }

        // Safe and compatible mode: only the decrypted content counts, and only after msg_signature covered it.
        var key = options.EncodingAesKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, Target, "Encrypt", $"an encrypted (safe-mode) push arrived but {MemberCardsSettingName.Of(WeChatConstants.ServiceName, registrationName, "EncodingAesKey")} is not configured.");
        }

        if (!SafeXml.ReadFields(text, options.MaxMessageBytes, Target).TryGetValue("Encrypt", out var cipherText) || cipherText.Length == 0)
        {
            throw Failed(SignatureFailureReason.Malformed, "encrypt_type=aes but the body has no Encrypt element (a plaintext body is never read in safe mode).");
        }

        if (!WeChatServerSignature.Verify(PushToken(), query.Timestamp!, query.Nonce!, query.MsgSignature, cipherText))
        {
            throw Failed(SignatureFailureReason.Mismatch, "msg_signature does not match the PushToken and the Encrypt element.");
        }

        var xml = WeChatMessageCipher.Decrypt(key, options.AppId, cipherText);
        return WeChatEventReader.Read(SafeXml.ReadFields(xml, options.MaxMessageBytes, Target), xml);
    }

    private static string Utf8(ReadOnlySpan<byte> body)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(body).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, Target, "body", "the body is not UTF-8.", ex);
        }
    }

    public string EncryptReply(string replyXml, string timestamp, string nonce)
    {
        ArgumentNullException.ThrowIfNull(replyXml);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        var key = options.EncodingAesKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException($"{MemberCardsSettingName.Of(WeChatConstants.ServiceName, registrationName, "EncodingAesKey")} is not configured.");
        }

        var encrypted = WeChatMessageCipher.Encrypt(key, options.AppId, replyXml);
        var signature = WeChatServerSignature.Compute(PushToken(), timestamp, nonce, encrypted);
        return $"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt><MsgSignature><![CDATA[{signature}]]></MsgSignature><TimeStamp>{SecurityElement.Escape(timestamp)}</TimeStamp><Nonce><![CDATA[{nonce.Replace("]]>", string.Empty, StringComparison.Ordinal)}]]></Nonce></xml>";
    }

    private void VerifySignature(WeChatPushQuery query)
    {
        if (string.IsNullOrEmpty(query.Signature) || string.IsNullOrEmpty(query.Timestamp) || string.IsNullOrEmpty(query.Nonce))
        {
            throw Failed(SignatureFailureReason.MissingHeaders, "signature, timestamp or nonce is missing.");
        }

        if (!WeChatServerSignature.Verify(PushToken(), query.Timestamp, query.Nonce, query.Signature))
        {
            throw Failed(SignatureFailureReason.Mismatch, "signature does not match the PushToken.");
        }

        CheckTimestamp(query.Timestamp);
    }

    /// <summary>
    /// Rejects a signed timestamp that is not strictly within <see cref="WeChatCardsOptions.PushTimestampWindow"/> of now (a
    /// replay, or a clock far off). Strict, to the millisecond: a push first accepted at the earliest moment is remembered for
    /// <see cref="WeChatCardsOptions.DeduplicationWindow"/> (at least twice the window), which then outlasts its last
    /// acceptable moment.
    /// </summary>
    private void CheckTimestamp(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxUnixSeconds)
        {
            throw Failed(SignatureFailureReason.Malformed, "timestamp is not a number of Unix seconds.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var window = (long)options.PushTimestampWindow.TotalMilliseconds;
        var signedAt = seconds * 1000;
        if (signedAt <= now - window || signedAt >= now + window)
        {
            throw Failed(SignatureFailureReason.StaleTimestamp, $"timestamp {seconds} is not within {options.PushTimestampWindow.TotalSeconds} s of now ({now / 1000}); see {MemberCardsSettingName.Of(WeChatConstants.ServiceName, registrationName, "PushTimestampWindow")}.");
        }
    }

    private string PushToken()
        => options.PushToken is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"{MemberCardsSettingName.Of(WeChatConstants.ServiceName, registrationName, "PushToken")} is not configured; event pushes cannot be verified.");

    private static MemberCardsSignatureException Failed(SignatureFailureReason reason, string message)
    {
        MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", WeChatConstants.ServiceName), new KeyValuePair<string, object?>("reason", reason.ToString()));
        return new MemberCardsSignatureException(WeChatConstants.ServiceName, reason, $"WeChat event push rejected: {message}");
    }

}
