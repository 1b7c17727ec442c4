namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The body of <c>card/modifystock</c>: adds to or takes from a card's stock (<c>sku.quantity</c>). With deposited
/// custom codes, keep the stock at most the number of codes imported.
/// </summary>
public sealed class WeChatModifyStockRequest : IValidatedRequest
{
    /// <summary>The card (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <summary>How much to add (<c>increase_stock_value</c>, not negative).</summary>
    public long? IncreaseStockValue { get; set; }

    /// <summary>How much to take away (<c>reduce_stock_value</c>, not negative, at most the stock left).</summary>
    public long? ReduceStockValue { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateModifyStock(this);
}
