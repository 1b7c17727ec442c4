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

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyOrder(UserCardWireOrder.BrandIdInRequests)]
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyOrder(UserCardWireOrder.CardId)]
    public required string CardId { get; set; }

    /// <summary><c>pickup_time</c>: when the member got the card.</summary>
    [JsonPropertyOrder(UserCardWireOrder.PickupTime)]
    public DateTimeOffset? PickupTime { get; set; }

    /// <summary>The documented limits of an import: brand, template, code, then the card content.</summary>
    private protected void ValidateImport()
    {
        FieldRules.Required(BrandId, "brand_id", 32);
        FieldRules.Required(CardId, "card_id", 32);
        FieldRules.Required(UserCardCode, "user_card_code", 32);
        ValidateContent();
    }
}
