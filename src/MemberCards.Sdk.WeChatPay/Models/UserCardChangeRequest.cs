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

    /// <summary>
    /// Checks what every change sends, before anything is sent: the code (at most 32 characters), the brand's scope, the
    /// <c>openid</c> (at most 128) and the card content's limits.
    /// </summary>
    /// <param name="scope">The registration's brand scope.</param>
    /// <exception cref="MemberCardsValidationException">A field is missing or over its limit; the exception names it.</exception>
    private protected void ValidateChange(BrandScope scope)
    {
        FieldRules.Required(UserCardCode, "user_card_code", 32);
        scope.Check(BrandId, 32);
        FieldRules.Required(OpenId, "openid", 128);
        ValidateContent();
    }
}
