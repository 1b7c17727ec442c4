namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The answer of <c>/user-points/exchange-coupon/confirm</c>. When <see cref="State"/> is
/// <c>POINT_EXCHANGE_COUPON_FAIL</c> no coupon was given: give the member the deducted points back.
/// </summary>
public sealed record PointExchangeConfirmation : CardMemberAnswer
{
    /// <summary><c>record_id</c>.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.Lead)]
    public string? RecordId { get; set; }

    /// <summary><c>exchange_coupon_template_id</c>.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.Lead)]
    public string? ExchangeCouponTemplateId { get; set; }

    /// <summary><c>result</c>: what the merchant answered.</summary>
    public PointExchangeResult? Result { get; set; }

    /// <summary><c>state</c>: <c>POINT_EXCHANGE_COUPON_SUCCESS</c> or <c>POINT_EXCHANGE_COUPON_FAIL</c> (open set).</summary>
    public string? State { get; set; }

    /// <summary><c>product_coupon_id</c>: the coupon product given.</summary>
    public string? ProductCouponId { get; set; }

    /// <summary><c>product_coupon_stock_type</c>.</summary>
    public string? ProductCouponStockType { get; set; }

    /// <summary><c>stock_id</c>: the coupon batch.</summary>
    public string? StockId { get; set; }

    /// <summary><c>coupon_code</c>: the coupon given.</summary>
    public string? CouponCode { get; set; }

    /// <summary><c>reject_reason</c>.</summary>
    public string? RejectReason { get; set; }
}
