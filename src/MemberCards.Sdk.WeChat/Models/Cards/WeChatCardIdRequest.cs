namespace MemberCards.Sdk.WeChat;

/// <summary>A request naming one card (card/get, card/delete).</summary>
public sealed class WeChatCardIdRequest : IValidatedRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.Required(CardId, "card_id", 32);
}
