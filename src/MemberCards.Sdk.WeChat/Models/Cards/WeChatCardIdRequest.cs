namespace MemberCards.Sdk.WeChat;

/// <summary>A request naming one card (card/get, card/delete).</summary>
public sealed class WeChatCardIdRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    public string? CardId { get; init; }
}
