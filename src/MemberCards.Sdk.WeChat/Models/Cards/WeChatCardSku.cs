using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>Stock (<c>sku</c>).</summary>
public sealed class WeChatCardSku
{
    /// <summary>Quantity, at most 100,000,000 (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public long? Quantity { get; init; }

    /// <summary>Total quantity, in card/get answers (<c>total_quantity</c>).</summary>
    [JsonPropertyName("total_quantity")]
    public long? TotalQuantity { get; init; }
}
