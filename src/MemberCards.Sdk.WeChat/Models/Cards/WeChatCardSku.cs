namespace MemberCards.Sdk.WeChat;

/// <summary>Stock (<c>sku</c>).</summary>
public sealed class WeChatCardSku
{
    /// <summary>Quantity, at most 100,000,000 (<c>quantity</c>).</summary>
    public long? Quantity { get; set; }

    /// <summary>Total quantity, in card/get answers (<c>total_quantity</c>).</summary>
    public long? TotalQuantity { get; set; }
}
