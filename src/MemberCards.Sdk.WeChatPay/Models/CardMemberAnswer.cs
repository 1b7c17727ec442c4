namespace MemberCards.Sdk.WeChatPay;

/// <summary>The member an answer of the points calls echoes: brand, card template, user and card code, as returned.</summary>
public abstract record CardMemberAnswer
{
    /// <summary><c>brand_id</c> as echoed.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.BrandId)]
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>: the card template, as echoed.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.CardId)]
    public string? CardId { get; set; }

    /// <summary><c>openid</c>: the user, as echoed.</summary>
    [JsonPropertyName("openid")]
    [JsonPropertyOrder(CardMemberWireOrder.OpenId)]
    public string? OpenId { get; set; }

    /// <summary><c>user_card_code</c>: the member's card, as echoed.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.UserCardCode)]
    public string? UserCardCode { get; set; }
}
