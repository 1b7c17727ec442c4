namespace MemberCards.Sdk.WeChatPay;

/// <summary>PATCH <c>/v3/brand/partner/card-member/membership-activities/{activity_id}</c>: change an activity's titles and times (all required).</summary>
public sealed record UpdateMembershipActivityRequest : MembershipActivitySchedule, IBrandScopedRequest
{
    /// <summary><c>activity_id</c> (path; at most 64 characters); required.</summary>
    [JsonIgnore]
    public required string ActivityId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    [JsonPropertyOrder(Lead)]
    public string? BrandId { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Required(ActivityId, "activity_id", 64);
        scope.Check(BrandId, 32);
        ValidateSchedule();
    }
}
