namespace MemberCards.Sdk.WeChatPay;

/// <summary>One coupon batch of a membership activity (<c>product_coupon_stock_list[]</c>).</summary>
public sealed record ProductCouponStock
{
    /// <summary><c>product_coupon_id</c>: the coupon product; required.</summary>
    public required string ProductCouponId { get; set; }

    /// <summary><c>stock_id</c>: the batch; required.</summary>
    public required string StockId { get; set; }
}
