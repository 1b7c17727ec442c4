using System.Globalization;
using System.Security;
using System.Text;
using MemberCards.Sdk.Security;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatDispatcher"/> of one registration.</summary>
internal sealed class WeChatDispatcher(
    string registrationName,
    WeChatCardsOptions options,
    IMessageDeduplicationStore deduplication,
    IServiceScopeFactory scopes,
    TimeProvider time) : IWeChatDispatcher
{
    private const string Target = "WeChat event push";
    private const long MaxUnixSeconds = 253402300799; // 9999-12-31T23:59:59Z

    public string RegistrationName { get; } = registrationName;

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
        if (!encrypted && options.RequireEncryptedPushes)
        {
            throw Failed(SignatureFailureReason.Malformed, $"a plaintext push (no encrypt_type=aes) is refused because {MemberCardsSettingName.Of(WeChatConstants.ServiceName, RegistrationName, "RequireEncryptedPushes")} is on.");
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

            return Build(plain, text);
        }

        // Safe and compatible mode: only the decrypted content counts, and only after msg_signature covered it.
        var key = options.EncodingAesKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, Target, "Encrypt", $"an encrypted (safe-mode) push arrived but {MemberCardsSettingName.Of(WeChatConstants.ServiceName, RegistrationName, "EncodingAesKey")} is not configured.");
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
        return Build(SafeXml.ReadFields(xml, options.MaxMessageBytes, Target), xml);
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

    public Task<WeChatDispatchResult> DispatchAsync(WeChatPushQuery query, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        WeChatEvent parsed;
        try
        {
            ArgumentNullException.ThrowIfNull(query);
            parsed = Parse(query, body.Span);
        }
        catch (Exception ex)
        {
            return Task.FromException<WeChatDispatchResult>(ex);
        }

        return RunAsync(parsed, body, cancellationToken);
    }

    public string EncryptReply(string replyXml, string timestamp, string nonce)
    {
        ArgumentNullException.ThrowIfNull(replyXml);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        var key = options.EncodingAesKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException($"{MemberCardsSettingName.Of(WeChatConstants.ServiceName, RegistrationName, "EncodingAesKey")} is not configured.");
        }

        var encrypted = WeChatMessageCipher.Encrypt(key, options.AppId, replyXml);
        var signature = WeChatServerSignature.Compute(PushToken(), timestamp, nonce, encrypted);
        return $"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt><MsgSignature><![CDATA[{signature}]]></MsgSignature><TimeStamp>{SecurityElement.Escape(timestamp)}</TimeStamp><Nonce><![CDATA[{nonce.Replace("]]>", string.Empty, StringComparison.Ordinal)}]]></Nonce></xml>";
    }

    private async Task<WeChatDispatchResult> RunAsync(WeChatEvent parsed, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var outcome = await InboundDeduplication.RunOnceAsync(deduplication, InboundDeduplication.ScopeKey(parsed.DeduplicationKey, RegistrationName), options.ProcessingTimeout, options.DeduplicationWindow, async ct =>
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var context = new WeChatMessageContext(RegistrationName, options.AppId, parsed.DeduplicationKey, body, scope.ServiceProvider);
                return await WeChatMessageHandlerInvoker.InvokeAsync(parsed, context, ct).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        return new WeChatDispatchResult(outcome, RegistrationName, parsed);
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
            throw Failed(SignatureFailureReason.StaleTimestamp, $"timestamp {seconds} is not within {options.PushTimestampWindow.TotalSeconds} s of now ({now / 1000}); see {MemberCardsSettingName.Of(WeChatConstants.ServiceName, RegistrationName, "PushTimestampWindow")}.");
        }
    }

    private string PushToken()
        => options.PushToken is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"{MemberCardsSettingName.Of(WeChatConstants.ServiceName, RegistrationName, "PushToken")} is not configured; event pushes cannot be verified.");

    private static MemberCardsSignatureException Failed(SignatureFailureReason reason, string message)
    {
        MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", WeChatConstants.ServiceName), new KeyValuePair<string, object?>("reason", reason.ToString()));
        return new MemberCardsSignatureException(WeChatConstants.ServiceName, reason, $"WeChat event push rejected: {message}");
    }

    private static WeChatEvent Build(Dictionary<string, string> f, string raw)
    {
        var name = f.GetValueOrDefault("Event");
        var createTime = long.TryParse(f.GetValueOrDefault("CreateTime"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        string? S(string key) => f.TryGetValue(key, out var v) ? v : null;
        bool B(string key) => S(key) is "1" or "true";
        long L(string key) => long.TryParse(S(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
        long? NL(string key) => long.TryParse(S(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        var to = S("ToUserName");
        var from = S("FromUserName");
        var card = S("CardId");
        var code = S("UserCardCode");
        WeChatEvent result = name switch
        {
            "card_pass_check" => new WeChatCardPassCheckEvent { CardId = card },
            "card_not_pass_check" => new WeChatCardNotPassCheckEvent { CardId = card, RefuseReason = S("RefuseReason") },
            "user_get_card" => new WeChatUserGetCardEvent
            {
                CardId = card,
                UserCardCode = code,
                IsGiveByFriend = B("IsGiveByFriend"),
                FriendUserName = S("FriendUserName"),
                OuterId = NL("OuterId"),
                OldUserCardCode = S("OldUserCardCode"),
                OuterStr = S("OuterStr"),
                IsRestoreMemberCard = B("IsRestoreMemberCard"),
                IsRecommendByFriend = B("IsRecommendByFriend"),
                UnionId = S("UnionId"),
            },
            "user_del_card" => new WeChatUserDeleteCardEvent { CardId = card, UserCardCode = code },
            "user_consume_card" => new WeChatUserConsumeCardEvent
            {
                CardId = card,
                UserCardCode = code,
                ConsumeSource = S("ConsumeSource"),
                LocationName = S("LocationName"),
                StaffOpenId = S("StaffOpenId"),
                VerifyCode = S("VerifyCode"),
                RemarkAmount = S("RemarkAmount"),
                OuterStr = S("OuterStr"),
            },
            "submit_membercard_user_info" => new WeChatSubmitMemberCardUserInfoEvent { CardId = card, UserCardCode = code },
            "update_member_card" => new WeChatUpdateMemberCardEvent { CardId = card, UserCardCode = code, ModifyBonus = L("ModifyBonus"), ModifyBalance = L("ModifyBalance") },
            "user_view_card" => new WeChatUserViewCardEvent { CardId = card, UserCardCode = code, OuterStr = S("OuterStr") },
            _ => new WeChatUnknownEvent(),
        };

        result.SetEnvelope(to, from, createTime, name, f, raw);
        return result;
    }
}
