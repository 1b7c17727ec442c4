using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-points/exchange-coupon/confirm</c>: answer a member's request to trade
/// points for a coupon (the <c>POINT_EXCHANGE_COUPON</c> event), after deducting the points or refusing.
/// </summary>
public sealed record ConfirmPointExchangeRequest
{
    /// <summary><c>record_id</c>: the exchange record from the event (at most 64 characters); required, the natural idempotency key.</summary>
    [JsonPropertyName("record_id")]
    public required string RecordId { get; set; }

    /// <summary><c>exchange_coupon_template_id</c> from the event (at most 32 characters); required.</summary>
    [JsonPropertyName("exchange_coupon_template_id")]
    public required string ExchangeCouponTemplateId { get; set; }

    /// <summary><c>brand_id</c> (at most 16 characters on the points calls); required.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyName("card_id")]
    public required string CardId { get; set; }

    /// <summary><c>openid</c> (at most 128 characters); required.</summary>
    [JsonPropertyName("openid")]
    public required string OpenId { get; set; }

    /// <summary><c>user_card_code</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("user_card_code")]
    public required string UserCardCode { get; set; }

    /// <summary><c>result</c>: allow or reject; required.</summary>
    [JsonPropertyName("result")]
    public required PointExchangeResult Result { get; set; }

    /// <summary><c>reject_reason</c> (at most 32 characters); required when <see cref="Result"/> is <see cref="PointExchangeResult.Reject"/>.</summary>
    [JsonPropertyName("reject_reason")]
    public string? RejectReason { get; set; }
}
