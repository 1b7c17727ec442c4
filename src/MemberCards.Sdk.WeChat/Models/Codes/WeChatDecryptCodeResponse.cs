namespace MemberCards.Sdk.WeChat;

/// <summary>The card/code/decrypt answer.</summary>
public sealed class WeChatDecryptCodeResponse : WeChatResponse
{
    /// <summary>The code (<c>code</c>).</summary>
    public string? Code { get; set; }
}
