namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/cards/{card_id}?brand_id=</c>: one card template.</summary>
public sealed record GetCardTemplateRequest : CardTemplateRequest;
