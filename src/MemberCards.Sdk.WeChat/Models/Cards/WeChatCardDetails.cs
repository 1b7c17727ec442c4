namespace MemberCards.Sdk.WeChat;

/// <summary>A card as card/get returns it.</summary>
public sealed class WeChatCardDetails
{
    /// <summary>The card type, such as <c>MEMBER_CARD</c> (<c>card_type</c>).</summary>
    public string? CardType { get; set; }

    /// <summary>The member card (<c>member_card</c>), when it is one.</summary>
    public WeChatMemberCard? MemberCard { get; set; }
}
