namespace MemberCards.Sdk.WeChat;

/// <summary>The card/get answer.</summary>
public sealed class WeChatGetCardResponse : WeChatResponse
{
    /// <summary>The card (<c>card</c>).</summary>
    public WeChatCardDetails? Card { get; set; }
}
