namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of <c>card/code/checkcode</c>; for a list split into several calls, the lists of every call in order.</summary>
public sealed class WeChatCheckCodesResponse : WeChatResponse
{
    /// <summary>The codes that are imported (<c>exist_code</c>).</summary>
    public IReadOnlyList<string>? ExistCode { get; set; }

    /// <summary>The codes that are not (<c>not_exist_code</c>): deposit them again.</summary>
    public IReadOnlyList<string>? NotExistCode { get; set; }
}
