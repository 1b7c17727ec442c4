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

    /// <summary>The de-duplication key: FromUserName and CreateTime.</summary>
    public string DeduplicationKey => $"wechat:{FromUserName}:{CreateTime}";

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

/// <summary>An event this SDK has no type for; its elements stay in <see cref="WeChatEvent.Fields"/> and <see cref="WeChatEvent.RawXml"/>.</summary>
public sealed class WeChatUnknownEvent : WeChatEvent;

/// <summary>An event about one card type or one user card.</summary>
public abstract class WeChatCardEvent : WeChatEvent
{
    /// <summary>The card id (<c>CardId</c>).</summary>
    public string? CardId { get; init; }
}

/// <summary><c>card_pass_check</c>: the card passed review.</summary>
public sealed class WeChatCardPassCheckEvent : WeChatCardEvent;

/// <summary><c>card_not_pass_check</c>: the card failed review.</summary>
public sealed class WeChatCardNotPassCheckEvent : WeChatCardEvent
{
    /// <summary>Why (<c>RefuseReason</c>).</summary>
    public string? RefuseReason { get; init; }
}

/// <summary>An event about one picked-up card.</summary>
public abstract class WeChatUserCardEvent : WeChatCardEvent
{
    /// <summary>The user card code (<c>UserCardCode</c>): record it with the openid to activate the card.</summary>
    public string? UserCardCode { get; init; }
}

/// <summary><c>user_get_card</c>: a user picked up a card.</summary>
public sealed class WeChatUserGetCardEvent : WeChatUserCardEvent
{
    /// <summary>Whether it was a gift from a friend (<c>IsGiveByFriend</c>).</summary>
    public bool IsGiveByFriend { get; init; }

    /// <summary>The giver's openid (<c>FriendUserName</c>).</summary>
    public string? FriendUserName { get; init; }

    /// <summary>The channel id (<c>OuterId</c>).</summary>
    public long? OuterId { get; init; }

    /// <summary>The gift's original code (<c>OldUserCardCode</c>).</summary>
    public string? OldUserCardCode { get; init; }

    /// <summary>The channel tag given to the QR code (<c>OuterStr</c>); may be absent for a restored card.</summary>
    public string? OuterStr { get; init; }

    /// <summary>Whether a deleted member card was restored (<c>IsRestoreMemberCard</c>).</summary>
    public bool IsRestoreMemberCard { get; init; }

    /// <summary>Whether a friend recommended it (<c>IsRecommendByFriend</c>).</summary>
    public bool IsRecommendByFriend { get; init; }

    /// <summary>The UnionID (<c>UnionId</c>).</summary>
    public string? UnionId { get; init; }
}

/// <summary><c>user_del_card</c>: a user deleted a card.</summary>
public sealed class WeChatUserDeleteCardEvent : WeChatUserCardEvent;

/// <summary><c>user_consume_card</c>: a card was redeemed.</summary>
public sealed class WeChatUserConsumeCardEvent : WeChatUserCardEvent
{
    /// <summary><c>FROM_API</c>, <c>FROM_MP</c>, <c>FROM_MOBILE_HELPER</c> ... (<c>ConsumeSource</c>).</summary>
    public string? ConsumeSource { get; init; }

    /// <summary>The store (<c>LocationName</c>).</summary>
    public string? LocationName { get; init; }

    /// <summary>The staff's openid (<c>StaffOpenId</c>).</summary>
    public string? StaffOpenId { get; init; }

    /// <summary>The verification code (<c>VerifyCode</c>).</summary>
    public string? VerifyCode { get; init; }

    /// <summary>A remark amount (<c>RemarkAmount</c>).</summary>
    public string? RemarkAmount { get; init; }

    /// <summary>The channel tag (<c>OuterStr</c>).</summary>
    public string? OuterStr { get; init; }
}

/// <summary><c>submit_membercard_user_info</c>: a user submitted the activation form or edited their info.</summary>
public sealed class WeChatSubmitMemberCardUserInfoEvent : WeChatUserCardEvent;

/// <summary><c>update_member_card</c>: points or balance changed.</summary>
public sealed class WeChatUpdateMemberCardEvent : WeChatUserCardEvent
{
    /// <summary>Points delta (<c>ModifyBonus</c>).</summary>
    public long ModifyBonus { get; init; }

    /// <summary>Balance delta in fen (<c>ModifyBalance</c>).</summary>
    public long ModifyBalance { get; init; }
}

/// <summary><c>user_view_card</c>: a member opened the card (needs need_push_on_view).</summary>
public sealed class WeChatUserViewCardEvent : WeChatUserCardEvent
{
    /// <summary>The channel tag (<c>OuterStr</c>).</summary>
    public string? OuterStr { get; init; }
}
