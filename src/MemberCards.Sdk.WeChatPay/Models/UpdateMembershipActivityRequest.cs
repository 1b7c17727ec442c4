namespace MemberCards.Sdk.WeChatPay;

/// <summary>PATCH <c>/v3/brand/partner/card-member/membership-activities/{activity_id}</c>: change an activity's titles and times (all required).</summary>
public sealed record UpdateMembershipActivityRequest : MembershipActivitySchedule, IValidatedRequest
{
    /// <summary><c>activity_id</c> (path; at most 64 characters); required.</summary>
    [JsonIgnore]
    public required string ActivityId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyOrder(Lead)]
    public required string BrandId { get; set; }

    void IValidatedRequest.Validate()
    {
        FieldRules.Required(ActivityId, "activity_id", 64);
        FieldRules.Required(BrandId, "brand_id", 32);
        ValidateSchedule();
    }
}
