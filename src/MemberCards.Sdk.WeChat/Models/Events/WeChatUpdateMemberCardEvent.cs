namespace MemberCards.Sdk.WeChat;

/// <summary><c>update_member_card</c>: points or balance changed.</summary>
public sealed class WeChatUpdateMemberCardEvent : WeChatUserCardEvent
{
    /// <summary>Points delta (<c>ModifyBonus</c>).</summary>
    public long ModifyBonus { get; set; }

    /// <summary>Balance delta in fen (<c>ModifyBalance</c>).</summary>
    public long ModifyBalance { get; set; }
}
