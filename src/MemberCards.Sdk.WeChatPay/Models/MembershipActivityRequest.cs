namespace MemberCards.Sdk.WeChatPay;

/// <summary>A request about one membership activity of a brand: the activity in the path, the brand in the query or body.</summary>
public abstract record MembershipActivityRequest : IBrandScopedRequest
{
    /// <summary><c>activity_id</c> (path; at most 64 characters); required.</summary>
    [JsonIgnore]
    public required string ActivityId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    public string? BrandId { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Required(ActivityId, "activity_id", 64);
        scope.Check(BrandId, 32);
    }
}
