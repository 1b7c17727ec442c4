namespace MemberCards.Sdk.WeChat;

/// <summary>The <c>card</c> object: its type and the member card.</summary>
internal sealed class CardBody
{
    public string? CardType { get; set; }

    public WeChatMemberCard? MemberCard { get; set; }
}
