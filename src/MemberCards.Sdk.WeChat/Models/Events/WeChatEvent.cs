namespace MemberCards.Sdk.WeChat;

/// <summary>An event push (<c>MsgType</c> <c>event</c>). Unknown events arrive as <see cref="WeChatUnknownEvent"/>.</summary>
public abstract class WeChatEvent
{
    /// <summary>The Official Account (<c>ToUserName</c>, <c>gh_...</c>).</summary>
    public string? ToUserName { get; private set; }

    /// <summary>The user's openid (<c>FromUserName</c>).</summary>
    public string? FromUserName { get; private set; }

    /// <summary>Unix seconds (<c>CreateTime</c>).</summary>
    public long CreateTime { get; private set; }

    /// <summary>The event name as sent (<c>Event</c>).</summary>
    public string? EventName { get; private set; }

    /// <summary>Every top-level element of the (decrypted) message, by name.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; private set; } = new Dictionary<string, string>();

    /// <summary>The (decrypted) message XML as received.</summary>
    public string RawXml { get; private set; } = string.Empty;

    /// <summary>
    /// The de-duplication key: FromUserName, CreateTime and Event. WeChat re-sends an event byte for byte, so a retry has
    /// the same key; two different events of one user in the same second (a payment and the card it gave) do not.
    /// </summary>
    public string DeduplicationKey => $"wechat:{FromUserName}:{CreateTime}:{EventName}";

    internal void SetEnvelope(string? toUserName, string? fromUserName, long createTime, string? eventName, IReadOnlyDictionary<string, string> fields, string rawXml)
    {
        ToUserName = toUserName;
        FromUserName = fromUserName;
        CreateTime = createTime;
        EventName = eventName;
        Fields = fields;
        RawXml = rawXml;
    }
}
