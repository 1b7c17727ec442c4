namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// What both imports of an existing member send besides the card content: the card code, brand, template and when the
/// member got the card. The import names the member by openid (<see cref="ImportUserCardByOpenIdRequest"/>) or by
/// phone number (<see cref="ImportUserCardByPhoneRequest"/>).
/// </summary>
public abstract record UserCardImportRequest : UserCardContent
{
    /// <summary><c>user_card_code</c>: the member's code (at most 32 characters); required.</summary>
    [JsonPropertyOrder(UserCardWireOrder.UserCardCode)]
    public required string UserCardCode { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    [JsonPropertyOrder(UserCardWireOrder.BrandIdInRequests)]
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyOrder(UserCardWireOrder.CardId)]
    public required string CardId { get; set; }

    /// <summary><c>pickup_time</c>: when the member got the card.</summary>
    [JsonPropertyOrder(UserCardWireOrder.PickupTime)]
    public DateTimeOffset? PickupTime { get; set; }

    /// <summary>The documented limits of an import: brand, template, code, then the card content.</summary>
    /// <param name="scope">The <c>brand_id</c> rule of the sending registration.</param>
    private protected void ValidateImport(BrandScope scope)
    {
        scope.Check(BrandId, 32);
        FieldRules.Required(CardId, "card_id", 32);
        FieldRules.Required(UserCardCode, "user_card_code", 32);
        ValidateContent();
    }
}
