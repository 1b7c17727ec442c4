using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>POST <c>/v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate</c>: invalidate a user card (irreversible).</summary>
public sealed class InvalidateUserCardRequest
{
    /// <summary>The member card code (path); required.</summary>
    [JsonIgnore]
    public string UserCardCode { get; set; } = string.Empty;

    /// <summary><c>brand_id</c>.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>.</summary>
    [JsonPropertyName("card_id")]
    public required string CardId { get; set; }

    /// <summary><c>openid</c>.</summary>
    [JsonPropertyName("openid")]
    public required string OpenId { get; set; }

    /// <summary><c>invalid_reason</c>.</summary>
    [JsonPropertyName("invalid_reason")]
    public string? InvalidReason { get; set; }
}
