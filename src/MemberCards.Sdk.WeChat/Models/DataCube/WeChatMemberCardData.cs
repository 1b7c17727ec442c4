namespace MemberCards.Sdk.WeChat;

/// <summary>One day of the AppId's member-card figures (an item of <c>list</c> in <c>datacube/getcardmembercardinfo</c>).</summary>
public sealed class WeChatMemberCardData
{
    /// <summary>The day, <c>yyyy-MM-dd</c> (<c>ref_date</c>).</summary>
    public string? RefDate { get; init; }

    /// <summary>Views of the member cards (<c>view_cnt</c>).</summary>
    public long? ViewCnt { get; init; }

    /// <summary>Users who viewed them (<c>view_user</c>).</summary>
    public long? ViewUser { get; init; }

    /// <summary>Member cards picked up (<c>receive_cnt</c>).</summary>
    public long? ReceiveCnt { get; init; }

    /// <summary>Users who picked one up (<c>receive_user</c>).</summary>
    public long? ReceiveUser { get; init; }

    /// <summary>Users who activated their card (<c>active_user</c>).</summary>
    public long? ActiveUser { get; init; }

    /// <summary>Codes consumed (<c>verify_cnt</c>).</summary>
    public long? VerifyCnt { get; init; }

    /// <summary>Users whose code was consumed (<c>verify_user</c>).</summary>
    public long? VerifyUser { get; init; }

    /// <summary>All members holding a card that day (<c>total_user</c>).</summary>
    public long? TotalUser { get; init; }

    /// <summary>All users who ever picked one up (<c>total_receive_user</c>).</summary>
    public long? TotalReceiveUser { get; init; }
}
