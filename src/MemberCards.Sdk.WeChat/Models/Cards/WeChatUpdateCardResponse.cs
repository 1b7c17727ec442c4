namespace MemberCards.Sdk.WeChat;

/// <summary>The card/update answer.</summary>
public sealed class WeChatUpdateCardResponse : WeChatResponse
{
    /// <summary>Whether the change went back to review (<c>send_check</c>).</summary>
    public bool? SendCheck { get; set; }
}
