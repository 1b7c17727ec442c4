namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/membership-activities/{activity_id}?brand_id=</c>: one membership activity.</summary>
public sealed record GetMembershipActivityRequest
{
    /// <summary><c>brand_id</c> (query); required.</summary>
    public required string BrandId { get; set; }

    /// <summary><c>activity_id</c> (path); required.</summary>
    public required string ActivityId { get; set; }
}
