namespace MemberCards.Sdk.WeChat;

/// <summary><c>card_not_pass_check</c>: the card failed review.</summary>
public sealed class WeChatCardNotPassCheckEvent : WeChatCardEvent
{
    /// <summary>Why (<c>RefuseReason</c>).</summary>
    public string? RefuseReason { get; set; }
}
