namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>datacube/getcardmembercardinfo</c>.</summary>
public sealed class WeChatMemberCardDataResponse : WeChatResponse
{
    /// <summary>One entry per day (<c>list</c>).</summary>
    public IReadOnlyList<WeChatMemberCardData>? List { get; set; }
}
