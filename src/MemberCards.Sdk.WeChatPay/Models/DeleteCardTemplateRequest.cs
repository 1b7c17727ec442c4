namespace MemberCards.Sdk.WeChatPay;

/// <summary>DELETE <c>/v3/brand/partner/card-member/cards/{card_id}?brand_id=</c>: delete a card template.</summary>
public sealed record DeleteCardTemplateRequest : CardTemplateRequest;
