using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>POST <c>/v3/brand/partner/card-member/cards/{card_id}/invalidate</c>: invalidate a card template, irreversibly (no further cards are given out).</summary>
public sealed record InvalidateCardTemplateRequest
{
    /// <summary><c>card_id</c>: the template id (path); required.</summary>
    [JsonIgnore]
    public required string CardId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; set; }
}
