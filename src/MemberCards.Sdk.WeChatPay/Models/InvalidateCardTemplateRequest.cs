namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/cards/{card_id}/invalidate</c>: invalidate a card template, irreversibly (no
/// further cards are given out). The body holds <c>brand_id</c>.
/// </summary>
public sealed record InvalidateCardTemplateRequest : CardTemplateRequest;
