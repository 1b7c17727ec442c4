namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/membership-activities/{activity_id}?brand_id=</c>: one membership activity.</summary>
public sealed record GetMembershipActivityRequest : MembershipActivityRequest;
