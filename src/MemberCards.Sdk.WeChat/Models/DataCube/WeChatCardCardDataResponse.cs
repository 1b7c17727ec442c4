namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>datacube/getcardcardinfo</c>.</summary>
public sealed class WeChatCardCardDataResponse : WeChatResponse
{
    /// <summary>One entry per day (<c>list</c>).</summary>
    public IReadOnlyList<WeChatCardCardData>? List { get; set; }
}
