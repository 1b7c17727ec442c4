namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A request that changes one member's card (<see cref="UpdateUserCardRequest"/>, <see cref="ConfirmUserCardRequest"/>):
/// the card's code in the path, the brand and the user in the body, before the card content it sets.
/// </summary>
public abstract record UserCardChangeRequest : UserCardContent
{
    /// <summary>The member card code (path); required.</summary>
    [JsonIgnore]
    public required string UserCardCode { get; set; }

    /// <summary><c>brand_id</c>.</summary>
    [JsonPropertyOrder(UserCardWireOrder.BrandIdInRequests)]
    public required string BrandId { get; set; }

    /// <summary><c>openid</c>.</summary>
    [JsonPropertyName("openid")]
    [JsonPropertyOrder(UserCardWireOrder.OpenId)]
    public required string OpenId { get; set; }
}
