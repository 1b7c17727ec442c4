namespace MemberCards.Sdk.WeChat;

/// <summary><c>user_view_card</c>: a member opened the card (needs need_push_on_view).</summary>
public sealed class WeChatUserViewCardEvent : WeChatUserCardEvent
{
    /// <summary>The channel tag (<c>OuterStr</c>).</summary>
    public string? OuterStr { get; set; }
}
