namespace MemberCards.Sdk.WeChatPay;

/// <summary>A membership (join-gift) activity as WeChat Pay returns it.</summary>
public sealed record MembershipActivity
{
    /// <summary><c>activity_id</c>.</summary>
    public string? ActivityId { get; set; }

    /// <summary><c>out_request_no</c>: the idempotency key it was created with.</summary>
    public string? OutRequestNo { get; set; }

    /// <summary><c>brand_id</c>.</summary>
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>.</summary>
    public string? CardId { get; set; }

    /// <summary><c>activity_channel</c>.</summary>
    public string? ActivityChannel { get; set; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; set; }

    /// <summary><c>sub_title</c>.</summary>
    public string? SubTitle { get; set; }

    /// <summary><c>begin_time</c>.</summary>
    public DateTimeOffset? BeginTime { get; set; }

    /// <summary><c>end_time</c>.</summary>
    public DateTimeOffset? EndTime { get; set; }

    /// <summary><c>apply_total</c>: how many members can get the gift.</summary>
    public long? ApplyTotal { get; set; }

    /// <summary><c>apply_available</c>: how many gifts are left.</summary>
    public long? ApplyAvailable { get; set; }

    /// <summary><c>product_coupon_stock_list</c>: the coupon batches.</summary>
    public IReadOnlyList<ProductCouponStock>? ProductCouponStockList { get; set; }

    /// <summary><c>activity_state</c>: <c>MEMBERSHIP_ACTIVITY_CREATED</c>, <c>_EFFECTIVE</c>, <c>_TERMINATED</c> or <c>_EXPIRED</c> (open set).</summary>
    public string? ActivityState { get; set; }

    /// <summary><c>create_time</c>.</summary>
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary><c>modify_time</c>.</summary>
    public DateTimeOffset? ModifyTime { get; set; }
}
