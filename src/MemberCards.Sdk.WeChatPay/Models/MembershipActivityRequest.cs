namespace MemberCards.Sdk.WeChatPay;

/// <summary>A request about one membership activity of a brand: the activity in the path, the brand in the query or body.</summary>
public abstract record MembershipActivityRequest : IValidatedRequest
{
    /// <summary><c>activity_id</c> (path; at most 64 characters); required.</summary>
    [JsonIgnore]
    public required string ActivityId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    public required string BrandId { get; set; }

    void IValidatedRequest.Validate()
    {
        FieldRules.Required(ActivityId, "activity_id", 64);
        FieldRules.Required(BrandId, "brand_id", 32);
    }
}
