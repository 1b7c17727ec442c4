namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>datacube/getcardmembercarddetail</c>.</summary>
public sealed class WeChatMemberCardDetailDataResponse : WeChatResponse
{
    /// <summary>One entry per day (<c>list</c>).</summary>
    public IReadOnlyList<WeChatMemberCardDetailData>? List { get; set; }
}
