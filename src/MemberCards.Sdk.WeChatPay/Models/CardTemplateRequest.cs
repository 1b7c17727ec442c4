namespace MemberCards.Sdk.WeChatPay;

/// <summary>A request about one card template of a brand: the template in the path, the brand in the query or body.</summary>
public abstract record CardTemplateRequest : IValidatedRequest
{
    /// <summary><c>card_id</c>: the template id (path; at most 32 characters); required.</summary>
    [JsonIgnore]
    public required string CardId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    public required string BrandId { get; set; }

    void IValidatedRequest.Validate()
    {
        FieldRules.Required(CardId, "card_id", 32);
        FieldRules.Required(BrandId, "brand_id", 32);
    }
}
