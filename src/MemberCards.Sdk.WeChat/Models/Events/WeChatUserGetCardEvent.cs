namespace MemberCards.Sdk.WeChat;

/// <summary><c>user_get_card</c>: a user picked up a card.</summary>
public sealed class WeChatUserGetCardEvent : WeChatUserCardEvent
{
    /// <summary>Whether it was a gift from a friend (<c>IsGiveByFriend</c>).</summary>
    public bool IsGiveByFriend { get; set; }

    /// <summary>The giver's openid (<c>FriendUserName</c>).</summary>
    public string? FriendUserName { get; set; }

    /// <summary>The channel id (<c>OuterId</c>).</summary>
    public long? OuterId { get; set; }

    /// <summary>The gift's original code (<c>OldUserCardCode</c>).</summary>
    public string? OldUserCardCode { get; set; }

    /// <summary>The channel tag given to the QR code (<c>OuterStr</c>); may be absent for a restored card.</summary>
    public string? OuterStr { get; set; }

    /// <summary>Whether a deleted member card was restored (<c>IsRestoreMemberCard</c>).</summary>
    public bool IsRestoreMemberCard { get; set; }

    /// <summary>Whether a friend recommended it (<c>IsRecommendByFriend</c>).</summary>
    public bool IsRecommendByFriend { get; set; }

    /// <summary>The UnionID (<c>UnionId</c>).</summary>
    public string? UnionId { get; set; }
}
