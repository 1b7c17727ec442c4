namespace MemberCards.Sdk.WeChat;

/// <summary>One day of the AppId's card figures (an item of <c>list</c> in <c>datacube/getcardbizuininfo</c>); the base of one card's day.</summary>
public class WeChatCardBizData
{
    /// <summary>The day, <c>yyyy-MM-dd</c> (<c>ref_date</c>).</summary>
    public string? RefDate { get; init; }

    /// <summary>Views of the cards (<c>view_cnt</c>).</summary>
    public long? ViewCnt { get; init; }

    /// <summary>Users who viewed them (<c>view_user</c>).</summary>
    public long? ViewUser { get; init; }

    /// <summary>Cards picked up (<c>receive_cnt</c>).</summary>
    public long? ReceiveCnt { get; init; }

    /// <summary>Users who picked one up (<c>receive_user</c>).</summary>
    public long? ReceiveUser { get; init; }

    /// <summary>Codes consumed (<c>verify_cnt</c>).</summary>
    public long? VerifyCnt { get; init; }

    /// <summary>Users whose code was consumed (<c>verify_user</c>).</summary>
    public long? VerifyUser { get; init; }

    /// <summary>Cards given to a friend (<c>given_cnt</c>).</summary>
    public long? GivenCnt { get; init; }

    /// <summary>Users who gave one (<c>given_user</c>).</summary>
    public long? GivenUser { get; init; }

    /// <summary>Cards that expired (<c>expire_cnt</c>).</summary>
    public long? ExpireCnt { get; init; }

    /// <summary>Users whose card expired (<c>expire_user</c>).</summary>
    public long? ExpireUser { get; init; }
}
