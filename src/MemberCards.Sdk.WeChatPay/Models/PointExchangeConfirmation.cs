using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The answer of <c>/user-points/exchange-coupon/confirm</c>. When <see cref="State"/> is
/// <c>POINT_EXCHANGE_COUPON_FAIL</c> no coupon was given: give the member the deducted points back.
/// </summary>
public sealed record PointExchangeConfirmation
{
    /// <summary><c>record_id</c>.</summary>
    [JsonPropertyName("record_id")]
    public string? RecordId { get; set; }

    /// <summary><c>exchange_coupon_template_id</c>.</summary>
    [JsonPropertyName("exchange_coupon_template_id")]
    public string? ExchangeCouponTemplateId { get; set; }

    /// <summary><c>brand_id</c>.</summary>
    [JsonPropertyName("brand_id")]
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>.</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; set; }

    /// <summary><c>openid</c>.</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary><c>user_card_code</c>.</summary>
    [JsonPropertyName("user_card_code")]
    public string? UserCardCode { get; set; }

    /// <summary><c>result</c>: what the merchant answered.</summary>
    [JsonPropertyName("result")]
    public PointExchangeResult? Result { get; set; }

    /// <summary><c>state</c>: <c>POINT_EXCHANGE_COUPON_SUCCESS</c> or <c>POINT_EXCHANGE_COUPON_FAIL</c> (open set).</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary><c>product_coupon_id</c>: the coupon product given.</summary>
    [JsonPropertyName("product_coupon_id")]
    public string? ProductCouponId { get; set; }

    /// <summary><c>product_coupon_stock_type</c>.</summary>
    [JsonPropertyName("product_coupon_stock_type")]
    public string? ProductCouponStockType { get; set; }

    /// <summary><c>stock_id</c>: the coupon batch.</summary>
    [JsonPropertyName("stock_id")]
    public string? StockId { get; set; }

    /// <summary><c>coupon_code</c>: the coupon given.</summary>
    [JsonPropertyName("coupon_code")]
    public string? CouponCode { get; set; }

    /// <summary><c>reject_reason</c>.</summary>
    [JsonPropertyName("reject_reason")]
    public string? RejectReason { get; set; }
}
