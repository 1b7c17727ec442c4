using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/membership-activities/{activity_id}/terminate</c>: end an activity; its coupons
/// stop showing in the join component (the component itself keeps working).
/// </summary>
public sealed record TerminateMembershipActivityRequest
{
    /// <summary><c>activity_id</c> (path); required.</summary>
    [JsonIgnore]
    public required string ActivityId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; set; }
}
