namespace MemberCards.Sdk.WeChat;

/// <summary>The activatetempinfo/get answer.</summary>
public sealed class WeChatGetActivateTempInfoResponse : WeChatResponse
{
    /// <summary>The submitted form (<c>info</c>).</summary>
    public WeChatUserFormInfo? Info { get; set; }
}
