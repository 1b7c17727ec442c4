namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/cards/{card_id}?brand_id=</c>: one card template.</summary>
public sealed class GetCardTemplateRequest
{
    /// <summary><c>brand_id</c> (query); required.</summary>
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>: the template id (path); required.</summary>
    public required string CardId { get; set; }
}
