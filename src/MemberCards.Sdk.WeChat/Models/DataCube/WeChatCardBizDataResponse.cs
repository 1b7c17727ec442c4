namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>datacube/getcardbizuininfo</c>.</summary>
public sealed class WeChatCardBizDataResponse : WeChatResponse
{
    /// <summary>One entry per day (<c>list</c>).</summary>
    public IReadOnlyList<WeChatCardBizData>? List { get; set; }
}
