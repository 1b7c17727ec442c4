namespace MemberCards.Sdk.WeChat;

/// <summary>One day of the AppId's card figures (an item of <c>list</c> in <c>datacube/getcardbizuininfo</c>); the base of one card's day.</summary>
public class WeChatCardBizData : WeChatCardDayFigures
{
    /// <summary>Cards given to a friend (<c>given_cnt</c>).</summary>
    public long? GivenCnt { get; set; }

    /// <summary>Users who gave one (<c>given_user</c>).</summary>
    public long? GivenUser { get; set; }

    /// <summary>Cards that expired (<c>expire_cnt</c>).</summary>
    public long? ExpireCnt { get; set; }

    /// <summary>Users whose card expired (<c>expire_user</c>).</summary>
    public long? ExpireUser { get; set; }
}
