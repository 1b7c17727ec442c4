namespace MemberCards.Sdk.WeChat;

/// <summary>One day of the AppId's member-card figures (an item of <c>list</c> in <c>datacube/getcardmembercardinfo</c>).</summary>
public sealed class WeChatMemberCardData : WeChatCardDayFigures
{
    /// <summary>Users who activated their card (<c>active_user</c>).</summary>
    public long? ActiveUser { get; set; }

    /// <summary>All members holding a card that day (<c>total_user</c>).</summary>
    public long? TotalUser { get; set; }

    /// <summary>All users who ever picked one up (<c>total_receive_user</c>).</summary>
    public long? TotalReceiveUser { get; set; }
}
