namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A user asks to exchange points for a coupon (<c>original_type</c> <c>point_coupon</c>;
/// <c>BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON</c> or <c>BRAND_MEMBER_CARD.POINT_EXCHANGE_COUPON</c>). Deduct
/// <see cref="DeductPoints"/>, then answer with <see cref="IWeChatPayBrandCardClient"/>'s exchange-coupon confirm
/// (ALLOW or REJECT); give the points back if the confirmation reports a failure.
/// </summary>
public sealed record WeChatPayPointExchangeCouponEvent : WeChatPayEvent
{
    /// <summary>The partner <c>event_type</c>.</summary>
    public const string PartnerEventType = "BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON";

    /// <summary>The brand-direct <c>event_type</c>.</summary>
    public const string BrandEventType = "BRAND_MEMBER_CARD.POINT_EXCHANGE_COUPON";

    /// <summary><c>record_id</c>: the exchange to confirm.</summary>
    public string? RecordId { get; set; }

    /// <summary><c>exchange_coupon_template_id</c>: the exchange offer the user chose.</summary>
    public string? ExchangeCouponTemplateId { get; set; }

    /// <summary><c>user_card_code</c>: the user's card.</summary>
    public string? UserCardCode { get; set; }

    /// <summary><c>card_id</c>: the card template.</summary>
    public string? CardId { get; set; }

    /// <summary><c>brand_id</c>.</summary>
    public string? BrandId { get; set; }

    /// <summary><c>appid</c>.</summary>
    [JsonPropertyName("appid")]
    public string? AppId { get; set; }

    /// <summary><c>openid</c>: the user under <see cref="AppId"/>.</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary><c>deduct_points</c>: the points to deduct for the coupon.</summary>
    public long? DeductPoints { get; set; }

    /// <summary><c>product_coupon_id</c>: the coupon offered.</summary>
    public string? ProductCouponId { get; set; }

    /// <summary><c>product_coupon_stock_type</c>: the kind of coupon stock, as sent.</summary>
    public string? ProductCouponStockType { get; set; }

    /// <summary><c>stock_id</c>: the coupon stock.</summary>
    public string? StockId { get; set; }
}
