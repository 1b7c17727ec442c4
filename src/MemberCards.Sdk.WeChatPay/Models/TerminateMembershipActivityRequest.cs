namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/membership-activities/{activity_id}/terminate</c>: end an activity; its coupons
/// stop showing in the join component (the component itself keeps working). The body holds <c>brand_id</c>.
/// </summary>
public sealed record TerminateMembershipActivityRequest : MembershipActivityRequest;
