namespace MemberCards.Sdk.WeChat;

/// <summary>What every day of card figures (<c>datacube/getcard*</c>) carries: the day, and its views, pick-ups and consumptions.</summary>
public abstract class WeChatCardDayFigures
{
    /// <summary>The day, <c>yyyy-MM-dd</c> (<c>ref_date</c>).</summary>
    public string? RefDate { get; set; }

    /// <summary>Views of the cards (<c>view_cnt</c>).</summary>
    public long? ViewCnt { get; set; }

    /// <summary>Users who viewed them (<c>view_user</c>).</summary>
    public long? ViewUser { get; set; }

    /// <summary>Cards picked up (<c>receive_cnt</c>).</summary>
    public long? ReceiveCnt { get; set; }

    /// <summary>Users who picked one up (<c>receive_user</c>).</summary>
    public long? ReceiveUser { get; set; }

    /// <summary>Codes consumed (<c>verify_cnt</c>).</summary>
    public long? VerifyCnt { get; set; }

    /// <summary>Users whose code was consumed (<c>verify_user</c>).</summary>
    public long? VerifyUser { get; set; }
}
