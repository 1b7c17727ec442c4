using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>A membership (join-gift) activity as WeChat Pay returns it.</summary>
public sealed record MembershipActivity
{
    /// <summary><c>activity_id</c>.</summary>
    [JsonPropertyName("activity_id")]
    public string? ActivityId { get; set; }

    /// <summary><c>out_request_no</c>: the idempotency key it was created with.</summary>
    [JsonPropertyName("out_request_no")]
    public string? OutRequestNo { get; set; }

    /// <summary><c>brand_id</c>.</summary>
    [JsonPropertyName("brand_id")]
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>.</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; set; }

    /// <summary><c>activity_channel</c>.</summary>
    [JsonPropertyName("activity_channel")]
    public string? ActivityChannel { get; set; }

    /// <summary><c>title</c>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary><c>sub_title</c>.</summary>
    [JsonPropertyName("sub_title")]
    public string? SubTitle { get; set; }

    /// <summary><c>begin_time</c>.</summary>
    [JsonPropertyName("begin_time")]
    public DateTimeOffset? BeginTime { get; set; }

    /// <summary><c>end_time</c>.</summary>
    [JsonPropertyName("end_time")]
    public DateTimeOffset? EndTime { get; set; }

    /// <summary><c>apply_total</c>: how many members can get the gift.</summary>
    [JsonPropertyName("apply_total")]
    public long? ApplyTotal { get; set; }

    /// <summary><c>apply_available</c>: how many gifts are left.</summary>
    [JsonPropertyName("apply_available")]
    public long? ApplyAvailable { get; set; }

    /// <summary><c>product_coupon_stock_list</c>: the coupon batches.</summary>
    [JsonPropertyName("product_coupon_stock_list")]
    public IReadOnlyList<ProductCouponStock>? ProductCouponStockList { get; set; }

    /// <summary><c>activity_state</c>: <c>MEMBERSHIP_ACTIVITY_CREATED</c>, <c>_EFFECTIVE</c>, <c>_TERMINATED</c> or <c>_EXPIRED</c> (open set).</summary>
    [JsonPropertyName("activity_state")]
    public string? ActivityState { get; set; }

    /// <summary><c>create_time</c>.</summary>
    [JsonPropertyName("create_time")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary><c>modify_time</c>.</summary>
    [JsonPropertyName("modify_time")]
    public DateTimeOffset? ModifyTime { get; set; }
}
