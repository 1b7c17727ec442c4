namespace MemberCards.Sdk.WeChat;

/// <summary>The signed parameters of <c>wx.chooseCard</c>, named as the page passes them (add <c>success</c> there).</summary>
public sealed record WeChatChooseCardParameters
{
    /// <summary>The store filter, or an empty string.</summary>
    [JsonPropertyName("shopId")]
    public required string ShopId { get; set; }

    /// <summary>The card type filter, or an empty string for every type.</summary>
    [JsonPropertyName("cardType")]
    public required string CardType { get; set; }

    /// <summary>The card filter, or an empty string.</summary>
    [JsonPropertyName("cardId")]
    public required string CardId { get; set; }

    /// <summary>The signed timestamp, Unix seconds.</summary>
    [JsonPropertyName("timestamp")]
    public required long Timestamp { get; set; }

    /// <summary>The signed random string.</summary>
    [JsonPropertyName("nonceStr")]
    public required string NonceStr { get; set; }

    /// <summary>The signature method: always <c>SHA1</c>.</summary>
    [JsonPropertyName("signType")]
    public required string SignType { get; set; }

    /// <summary>The lower-case hex SHA-1 card signature.</summary>
    [JsonPropertyName("cardSign")]
    public required string CardSign { get; set; }
}
