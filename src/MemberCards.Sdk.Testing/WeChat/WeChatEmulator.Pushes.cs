using System.Net.Http.Headers;
using System.Security;
using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <content>Event pushes to the callback URL.</content>
public sealed partial class WeChatEmulator
{
    private readonly List<WeChatEmulatorPush> pushes = [];

    /// <summary>Every push sent so far.</summary>
    public IReadOnlyList<WeChatEmulatorPush> Pushes
    {
        get
        {
            lock (gate)
            {
                return [.. pushes];
            }
        }
    }

    /// <summary>
    /// A user scans a card QR code: the emulator hands out a code for its (first) card, records the member and
    /// pushes <c>user_get_card</c>. The card must be approved or the user white-listed.
    /// </summary>
    /// <param name="ticket">The ticket from card/qrcode/create.</param>
    /// <param name="openId">The scanning user's openid (or white-listed username).</param>
    /// <param name="cancellationToken">Cancels the push.</param>
    /// <returns>The new member and the push.</returns>
    public async Task<(WeChatEmulatorMember Member, WeChatEmulatorPush Push)> ScanQrCodeAsync(string ticket, string openId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticket);
        ArgumentException.ThrowIfNullOrEmpty(openId);
        WeChatEmulatorMember member;
        lock (gate)
        {
            if (!tickets.TryGetValue(ticket, out var qr) || Now >= qr.ExpiresAt)
            {
                throw new InvalidOperationException("The QR ticket is unknown or expired.");
            }

            member = IssueCode(cards[qr.CardIds[0]], openId, qr.OuterStr);
        }

        return (member, await PushUserGetCardAsync(member, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// A user picks a card up without a QR code (a card button, a shared card): as <see cref="ScanQrCodeAsync"/>, the
    /// emulator hands out a code, records the member and pushes <c>user_get_card</c>. Behind <c>POST /_emulator/wechat/pick-up?card_id=..</c>.
    /// </summary>
    internal async Task<(WeChatEmulatorMember Member, WeChatEmulatorPush Push)> PickUpCardAsync(string cardId, string openId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardId);
        ArgumentException.ThrowIfNullOrEmpty(openId);
        WeChatEmulatorMember member;
        lock (gate)
        {
            member = IssueCode(cards.TryGetValue(cardId, out var card) ? card : throw new InvalidOperationException("The card_id is unknown."), openId, outerStr: null);
        }

        return (member, await PushUserGetCardAsync(member, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Issues a new code of <paramref name="card"/> to <paramref name="openId"/> and records the member (under the state lock).</summary>
    private WeChatEmulatorMember IssueCode(StoredCard card, string openId, string? outerStr, string? customCode = null)
    {
        if (card.Deleted)
        {
            throw new InvalidOperationException("The card was deleted.");
        }

        if (card.Status != "CARD_STATUS_VERIFY_OK" && !(whiteLists.GetValueOrDefault(card.AppId) ?? []).Contains(openId))
        {
            throw new InvalidOperationException("The card has not passed review and the user is not on the test white-list.");
        }

        if (customCode is not null && members.ContainsKey(customCode))
        {
            throw new InvalidOperationException($"The code '{customCode}' was already received (each custom code goes to one user).");
        }

        var fromDeposit = customCode is null ? NextDepositedCode(card) : null;
        ConsumeStock(card);
        if (fromDeposit is not null)
        {
            deposited[card.CardId].Remove(fromDeposit);
            customCode = fromDeposit;
        }

        var member = new WeChatEmulatorMember { AppId = card.AppId, CardId = card.CardId, Code = customCode ?? RandomDigits(12), OpenId = openId, OuterStr = outerStr };
        members[member.Code] = member;
        return member;
    }

    private async Task<WeChatEmulatorPush> PushUserGetCardAsync(WeChatEmulatorMember member, CancellationToken cancellationToken)
    {
        var fields = new List<(string, string)>
        {
            ("CardId", member.CardId),
            ("IsGiveByFriend", "0"),
            ("UserCardCode", member.Code),
            ("FriendUserName", string.Empty),
            ("OuterId", "0"),
            ("OldUserCardCode", string.Empty),
        };
        if (member.OuterStr is not null)
        {
            fields.Add(("OuterStr", member.OuterStr));
        }

        fields.Add(("IsRestoreMemberCard", "0"));
        fields.Add(("IsRecommendByFriend", "0"));
        return await PushEventAsync(member.AppId, "user_get_card", member.OpenId, fields, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Approves a card (review passed) and pushes <c>card_pass_check</c>.</summary>
    /// <param name="cardId">The card id.</param>
    /// <param name="cancellationToken">Cancels the push.</param>
    /// <returns>The push.</returns>
    public async Task<WeChatEmulatorPush> ApproveCardAsync(string cardId, CancellationToken cancellationToken = default)
    {
        string appId;
        lock (gate)
        {
            var card = cards[cardId];
            card.Status = "CARD_STATUS_VERIFY_OK";
            appId = card.AppId;
        }

        return await PushEventAsync(appId, "card_pass_check", options.OriginalId, [("CardId", cardId)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pushes any event, signed with the PushToken and, in safe mode, encrypted.</summary>
    /// <param name="appId">The AppId the event belongs to.</param>
    /// <param name="eventName">The <c>Event</c> value.</param>
    /// <param name="fromUserName">The <c>FromUserName</c> (openid).</param>
    /// <param name="fields">Further elements, in order.</param>
    /// <param name="cancellationToken">Cancels the push.</param>
    /// <returns>The push.</returns>
    public async Task<WeChatEmulatorPush> PushEventAsync(string appId, string eventName, string fromUserName, IReadOnlyList<(string Name, string Value)> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<xml><ToUserName><![CDATA[{options.OriginalId}]]></ToUserName><FromUserName><![CDATA[{fromUserName}]]></FromUserName>");
        xml.Append(CultureInfo.InvariantCulture, $"<CreateTime>{Now.ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{eventName}]]></Event>");
        foreach (var (name, value) in fields)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<{name}><![CDATA[{value}]]></{name}>");
        }

        xml.Append("</xml>");
        return await SendPushAsync(appId, fromUserName, xml.ToString(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a previous push again, byte for byte (WeChat retries up to three times).</summary>
    /// <param name="push">The push to repeat.</param>
    /// <param name="cancellationToken">Cancels the push.</param>
    /// <returns>The repeated push.</returns>
    public async Task<WeChatEmulatorPush> ResendAsync(WeChatEmulatorPush push, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(push);
        return await DeliverAsync(push.EventXml, push.Query, push.Body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WeChatEmulatorPush> SendPushAsync(string appId, string openId, string xml, CancellationToken cancellationToken)
    {
        RecordPushInteraction(appId, openId);
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = RandomDigits(10);
        var signature = WeChatServerSignature.Compute(options.PushToken, timestamp, nonce);
        var query = $"?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={Uri.EscapeDataString(openId)}";
        byte[] body;
        if (options.EncryptPushes && options.EncodingAesKey is { } key)
        {
            var encrypted = WeChatMessageCipher.Encrypt(key, appId, xml);
            var msgSignature = WeChatServerSignature.Compute(options.PushToken, timestamp, nonce, encrypted);
            query += $"&encrypt_type=aes&msg_signature={msgSignature}";
            body = Encoding.UTF8.GetBytes($"<xml><ToUserName><![CDATA[{SecurityElement.Escape(options.OriginalId)}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>");
        }
        else
        {
            body = Encoding.UTF8.GetBytes(xml);
        }

        return await DeliverAsync(xml, query, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WeChatEmulatorPush> DeliverAsync(string xml, string query, byte[] body, CancellationToken cancellationToken)
    {
        int? status = null;
        string? answer = null;
        if (options.CallbackUrl is { } callback)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
            var target = new Uri(callback.GetLeftPart(UriPartial.Path) + query);
            using var response = await PushClient.PostAsync(target, content, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            answer = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }

        var push = new WeChatEmulatorPush { EventXml = xml, Query = query, Body = body, CallbackStatus = status, CallbackResponse = answer };
        lock (gate)
        {
            pushes.Add(push);
        }

        return push;
    }
}
