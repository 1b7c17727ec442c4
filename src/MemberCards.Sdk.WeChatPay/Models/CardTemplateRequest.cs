namespace MemberCards.Sdk.WeChatPay;

/// <summary>A request about one card template of a brand: the template in the path, the brand in the query or body.</summary>
public abstract record CardTemplateRequest : IBrandScopedRequest
{
    /// <summary><c>card_id</c>: the template id (path; at most 32 characters); required.</summary>
    [JsonIgnore]
    public required string CardId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    [JsonPropertyOrder(-1)]
    public string? BrandId { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Required(CardId, "card_id", 32);
        scope.Check(BrandId, 32);
        ValidateBody();
    }

    /// <summary>Checks the body fields a derived request adds (none here), after <c>card_id</c> and <c>brand_id</c>.</summary>
    private protected virtual void ValidateBody()
    {
    }
}
