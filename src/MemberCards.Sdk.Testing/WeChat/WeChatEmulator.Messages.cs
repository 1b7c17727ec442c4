using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <content>
/// The messages that carry a card (<c>msgtype</c> <c>wxcard</c>): customer-service messages inside WeChat's 48-hour
/// window after a user's last interaction (45015 outside it; 45047 past
/// <see cref="WeChatEmulatorOptions.CustomerServiceMessagesPerInteraction"/> per interaction), mass messages (45028 past
/// <see cref="WeChatEmulatorOptions.MassSendQuota"/>) by tag, to everyone or to an openid list
/// (2 to 10,000, 40130 otherwise), and previews. The emulator records each user's last interaction from the user events
/// it pushes (<c>user_get_card</c>, <c>user_enter_session_from_card</c>, ...) and from <see cref="RecordInteraction"/>
/// (<c>POST /_emulator/wechat/interactions?openid=..</c>), on its <see cref="WeChatEmulatorOptions.TimeProvider"/>.
/// </content>
public sealed partial class WeChatEmulator
{
    /// <summary>The control path that records a user's interaction (<c>POST ?openid=..[&amp;app=..]</c>), as a message or menu click would.</summary>
    public const string InteractionPath = "/_emulator/wechat/interactions";

    // When each (AppId, openid) last interacted with the account: the start of its customer-service window.
    private readonly Dictionary<(string AppId, string OpenId), DateTimeOffset> lastInteraction = [];

    // How many customer-service messages each (AppId, openid) received since its last interaction.
    private readonly Dictionary<(string AppId, string OpenId), int> sentSinceInteraction = [];

    // How many mass sends each AppId made (WeChatEmulatorOptions.MassSendQuota).
    private readonly Dictionary<string, int> massSends = new(StringComparer.Ordinal);
    private readonly List<WeChatEmulatorMessage> messages = [];
    private readonly HashSet<(string AppId, string ClientMsgId)> clientMsgIds = [];
    private long lastMsgId = 1_000_000_000;

    /// <summary>Every message carrying a card the emulator accepted, in order.</summary>
    public IReadOnlyList<WeChatEmulatorMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    /// <summary>
    /// Records that <paramref name="openId"/> interacted with the account now (sent a message, tapped a menu ...): a
    /// customer-service message to that user is accepted for <see cref="WeChatConstants.CustomerServiceWindow"/> from now.
    /// Every user event the emulator pushes records one too.
    /// </summary>
    /// <param name="appId">The Official Account.</param>
    /// <param name="openId">The user.</param>
    public void RecordInteraction(string appId, string openId)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentException.ThrowIfNullOrEmpty(openId);
        lock (gate)
        {
            lastInteraction[(appId, openId)] = Now;
            sentSinceInteraction.Remove((appId, openId));
        }
    }

    /// <summary>The JSON routes of this part.</summary>
    private (string Path, Func<string, JsonElement, string, Reply> Handler)[] MessageRoutes() =>
    [
        (WeChatConstants.SendCardMessagePath, SendCustomMessage),
        (WeChatConstants.MassSendCardPath, MassSendAll),
        (WeChatConstants.MassSendCardToUsersPath, MassSendToUsers),
        (WeChatConstants.PreviewCardMessagePath, MassPreview),
    ];

    private void MapMessageRoutes(IEndpointRouteBuilder app)
    {
        MapJsonRoutes(app, MessageRoutes());

        app.MapPost(InteractionPath, (RequestDelegate)(async context =>
        {
            var openId = context.Request.Query["openid"].ToString();
            var appId = context.Request.Query["app"].ToString();
            if (appId.Length == 0)
            {
                lock (gate)
                {
                    appId = options.Apps.Keys.FirstOrDefault() ?? string.Empty;
                }
            }

            if (openId.Length == 0 || appId.Length == 0)
            {
                await WriteAsync(context, w => w.WriteString("error", "give the user: ?openid=..[&app=AppId]"), includeErrcode: false, status: StatusCodes.Status400BadRequest).ConfigureAwait(false);
                return;
            }

            RecordInteraction(appId, openId);
            var until = Now + WeChatConstants.CustomerServiceWindow;
            await WriteAsync(context, w =>
            {
                w.WriteString("app", appId);
                w.WriteString("openid", openId);
                w.WriteString("customer_service_window_until", until.ToString("O", CultureInfo.InvariantCulture));
            }, includeErrcode: false).ConfigureAwait(false);
        }));
    }

    /// <summary>A user event pushed from <paramref name="openId"/> is an interaction (the account's own events are not).</summary>
    private void RecordPushInteraction(string appId, string openId)
    {
        if (!string.Equals(openId, options.OriginalId, StringComparison.Ordinal) && openId.Length > 0)
        {
            RecordInteraction(appId, openId);
        }
    }

    /// <summary>
    /// <c>cgi-bin/message/custom/send</c> with <c>wxcard</c>: a card of this AppId (40073), to a user who interacted within
    /// the last 48 hours (otherwise 45015, as WeChat answers it) and has not had the quota of messages since (45047).
    /// </summary>
    private Reply SendCustomMessage(string appId, JsonElement root, string raw)
    {
        var openId = Text(root, "touser");
        if (string.IsNullOrEmpty(openId))
        {
            return Reply.Error(40003, "invalid openid");
        }

        if (!TryWxCard(appId, root, out var cardId, out var error))
        {
            return error;
        }

        if (!lastInteraction.TryGetValue((appId, openId), out var last) || Now - last > WeChatConstants.CustomerServiceWindow)
        {
            return Reply.Error(WeChatErrorCodes.CustomerServiceWindowClosed, "response out of time limit or subscription is canceled");
        }

        var sent = sentSinceInteraction.GetValueOrDefault((appId, openId));
        if (sent >= options.CustomerServiceMessagesPerInteraction)
        {
            return Reply.Error(WeChatErrorCodes.CustomerServiceQuotaExceeded, "out of response count limit");
        }

        sentSinceInteraction[(appId, openId)] = sent + 1;
        messages.Add(new WeChatEmulatorMessage { Path = WeChatConstants.SendCardMessagePath, AppId = appId, Recipients = [openId], CardId = cardId, Body = raw });
        return Reply.Ok(_ => { });
    }

    /// <summary><c>cgi-bin/message/mass/sendall</c> with <c>wxcard</c>: <c>filter.is_to_all</c> or a <c>filter.tag_id</c>.</summary>
    private Reply MassSendAll(string appId, JsonElement root, string raw)
    {
        var filter = root.TryGetProperty("filter", out var f) ? f : default;
        var toAll = filter.ValueKind == JsonValueKind.Object && filter.TryGetProperty("is_to_all", out var all) && all.ValueKind == JsonValueKind.True;
        var tag = Number(filter, "tag_id");
        if (filter.ValueKind != JsonValueKind.Object || (!toAll && tag is null))
        {
            return Reply.Error(WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [filter.tag_id]");
        }

        return MassReply(appId, root, raw, WeChatConstants.MassSendCardPath, [toAll ? "all" : "tag:" + tag!.Value.ToString(CultureInfo.InvariantCulture)], withDataId: true);
    }

    /// <summary><c>cgi-bin/message/mass/send</c> with <c>wxcard</c>: 2 to 10,000 openids, else 40130.</summary>
    private Reply MassSendToUsers(string appId, JsonElement root, string raw)
    {
        var users = root.TryGetProperty("touser", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(u => u.ValueKind == JsonValueKind.String ? u.GetString() ?? string.Empty : string.Empty).ToList()
            : null;
        if (users is null || users.Count is < 2 or > 10_000)
        {
            return Reply.Error(WeChatErrorCodes.InvalidOpenIdListSize, "invalid openid list size, at least two openid");
        }

        return users.Any(string.IsNullOrEmpty) ? Reply.Error(40003, "invalid openid") : MassReply(appId, root, raw, WeChatConstants.MassSendCardToUsersPath, users, withDataId: true);
    }

    /// <summary><c>cgi-bin/message/mass/preview</c> with <c>wxcard</c>: <c>towxname</c> (which wins) or <c>touser</c>.</summary>
    private Reply MassPreview(string appId, JsonElement root, string raw)
    {
        var to = Text(root, "towxname") is { Length: > 0 } name ? name : Text(root, "touser");
        return string.IsNullOrEmpty(to) ? Reply.Error(40003, "invalid openid") : MassReply(appId, root, raw, WeChatConstants.PreviewCardMessagePath, [to], withDataId: false);
    }

    private Reply MassReply(string appId, JsonElement root, string raw, string path, IReadOnlyList<string> recipients, bool withDataId)
    {
        if (!TryWxCard(appId, root, out var cardId, out var error))
        {
            return error;
        }

        if (Text(root, "clientmsgid") is { Length: > 0 } clientMsgId && !clientMsgIds.Add((appId, clientMsgId)))
        {
            return Reply.Error(WeChatErrorCodes.DuplicateClientMsgId, "clientmsgid exist");
        }

        if (withDataId)
        {
            var made = massSends.GetValueOrDefault(appId);
            if (made >= options.MassSendQuota)
            {
                return Reply.Error(WeChatErrorCodes.MassQuotaExhausted, "reach max api daily quota limit hint: [mass send]");
            }

            massSends[appId] = made + 1;
        }

        var msgId = ++lastMsgId;
        messages.Add(new WeChatEmulatorMessage { Path = path, AppId = appId, Recipients = recipients, CardId = cardId, MsgId = msgId, Body = raw });
        return Reply.Ok(w =>
        {
            w.WriteNumber("msg_id", msgId);
            if (withDataId)
            {
                w.WriteNumber("msg_data_id", 2_000_000_000 + msgId);
            }
        });
    }

    /// <summary><c>msgtype</c> <c>wxcard</c> with a card of this AppId that is not deleted.</summary>
    private bool TryWxCard(string appId, JsonElement root, out string cardId, out Reply error)
    {
        cardId = string.Empty;
        if (Text(root, "msgtype") != WeChatConstants.CardMessageType)
        {
            error = Reply.Error(40008, "invalid message type");
            return false;
        }

        var card = root.TryGetProperty("wxcard", out var w) ? w : default;
        if (!TryCard(appId, Text(card, "card_id"), out var stored, out error))
        {
            return false;
        }

        if (stored.Deleted)
        {
            error = Reply.Error(WeChatErrorCodes.InvalidCardStatus, "invalid card status");
            return false;
        }

        // As for articles (card/mpnews/gethtml): a card whose codes the merchant assigns cannot go out in a message,
        // whose readers pick it up without a code. WeChat documents no errcode for it; the emulator answers 40072.
        if (stored.AssignsOwnCodes)
        {
            error = Reply.Error(WeChatErrorCodes.InvalidCodeType, "invalid code type hint: [a custom-code card must be deposited before it goes into a message]");
            return false;
        }

        cardId = stored.CardId;
        return true;
    }
}
