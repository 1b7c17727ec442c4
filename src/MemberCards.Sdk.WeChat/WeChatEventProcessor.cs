using System.Globalization;
using System.Security;
using System.Text;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatEventProcessor"/> for one account.</summary>
internal sealed class WeChatEventProcessor(WeChatCardsOptions options, IMessageDeduplicationStore deduplication) : IWeChatEventProcessor
{
    private const string Target = "WeChat event push";

    public string VerifyUrl(WeChatPushQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        VerifySignature(query);
        return query.EchoStr ?? throw new MemberCardsFormatException(WeChatService.Name, Target, "echostr", "the echostr parameter is missing.");
    }

    public WeChatEvent Parse(WeChatPushQuery query, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (body.Length > options.MaxEventBytes)
        {
            throw new MemberCardsFormatException(WeChatService.Name, Target, "body", $"{body.Length} bytes is more than the {options.MaxEventBytes} allowed.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(body).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw new MemberCardsFormatException(WeChatService.Name, Target, "body", "the body is not UTF-8.", ex);
        }

        var outer = SafeXml.ReadFields(text, options.MaxEventBytes, Target);
        if (outer.TryGetValue("Encrypt", out var encrypted) && (string.Equals(query.EncryptType, "aes", StringComparison.OrdinalIgnoreCase) || !outer.ContainsKey("MsgType")))
        {
            var key = options.EncodingAesKey;
            if (string.IsNullOrEmpty(key))
            {
                throw new MemberCardsFormatException(WeChatService.Name, Target, "Encrypt", $"an encrypted (safe-mode) push arrived but EncodingAesKey is not configured for AppId {options.AppId}.");
            }

            if (!WeChatServerSignature.Verify(PushToken(), query.Timestamp ?? string.Empty, query.Nonce ?? string.Empty, query.MsgSignature, encrypted))
            {
                throw Failed("msg_signature does not match the PushToken and the Encrypt element.");
            }

            var xml = WeChatMessageCipher.Decrypt(key, options.AppId, encrypted);
            return Build(SafeXml.ReadFields(xml, options.MaxEventBytes, Target), xml);
        }

        VerifySignature(query);
        return Build(outer, text);
    }

    public async Task<WeChatEventResult> HandleAsync(WeChatPushQuery query, ReadOnlyMemory<byte> body, Func<WeChatEvent, CancellationToken, Task> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var parsed = Parse(query, body.Span);
        var key = parsed.DeduplicationKey;
        var outcome = await InboundDeduplication.RunOnceAsync(deduplication, key, InboundDeduplication.DefaultProcessingTimeout, options.DeduplicationWindow, async ct =>
        {
            await handler(parsed, ct).ConfigureAwait(false);
            return 1;
        }, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            InboundOutcome.Duplicate => new WeChatEventResult { Event = parsed, IsDuplicate = true },
            InboundOutcome.InProgress => new WeChatEventResult { Event = parsed, IsInProgress = true },
            _ => new WeChatEventResult { Event = parsed },
        };
    }

    public string EncryptReply(string replyXml, string timestamp, string nonce)
    {
        ArgumentNullException.ThrowIfNull(replyXml);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        var key = options.EncodingAesKey;
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException($"EncodingAesKey is not configured for AppId {options.AppId}.");
        }

        var encrypted = WeChatMessageCipher.Encrypt(key, options.AppId, replyXml);
        var signature = WeChatServerSignature.Compute(PushToken(), timestamp, nonce, encrypted);
        return $"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt><MsgSignature><![CDATA[{signature}]]></MsgSignature><TimeStamp>{SecurityElement.Escape(timestamp)}</TimeStamp><Nonce><![CDATA[{nonce.Replace("]]>", string.Empty, StringComparison.Ordinal)}]]></Nonce></xml>";
    }

    private void VerifySignature(WeChatPushQuery query)
    {
        if (!WeChatServerSignature.Verify(PushToken(), query.Timestamp ?? string.Empty, query.Nonce ?? string.Empty, query.Signature))
        {
            throw Failed("signature does not match the PushToken.");
        }
    }

    private string PushToken()
        => options.PushToken is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"PushToken is not configured for AppId {options.AppId}; event pushes cannot be verified.");

    private static MemberCardsSignatureException Failed(string reason)
    {
        MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", WeChatService.Name), new KeyValuePair<string, object?>("reason", "signature"));
        return new MemberCardsSignatureException(WeChatService.Name, $"WeChat event push rejected: {reason}");
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
