namespace MemberCards.Sdk.WeChat;

/// <summary>The card/create answer.</summary>
public sealed class WeChatCreateCardResponse : WeChatResponse
{
    /// <summary>The new card id (<c>card_id</c>); the card is submitted for review automatically.</summary>
    public string? CardId { get; set; }
}
