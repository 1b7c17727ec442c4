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

    /// <summary><c>brand_id</c> (at most 32 characters). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    [JsonPropertyOrder(UserCardWireOrder.BrandIdInRequests)]
    public string? BrandId { get; set; }

    /// <summary><c>openid</c>.</summary>
    [JsonPropertyName("openid")]
    [JsonPropertyOrder(UserCardWireOrder.OpenId)]
    public required string OpenId { get; set; }
}
