using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>POST <c>/v3/brand/partner/card-member/membership-activities</c>: create a join-gift activity (coupon batches shown in the join component).</summary>
public sealed record CreateMembershipActivityRequest
{
    /// <summary>The only channel WeChat Pay documents, spelled as WeChat Pay spells it: <c>MECHANT_APP_COMPONENT</c>.</summary>
    public const string MerchantAppComponent = "MECHANT_APP_COMPONENT";

    /// <summary>
    /// <c>out_request_no</c>: the idempotency key (1 to 128 characters of <c>[0-9A-Za-z_-]</c>). Leave it
    /// <see langword="null"/> and the SDK generates one and stores it here, so sending this object again sends the same key.
    /// </summary>
    [JsonPropertyName("out_request_no")]
    public string? OutRequestNo { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyName("card_id")]
    public required string CardId { get; set; }

    /// <summary><c>activity_channel</c>; <see cref="MerchantAppComponent"/> by default.</summary>
    [JsonPropertyName("activity_channel")]
    public string ActivityChannel { get; set; } = MerchantAppComponent;

    /// <summary><c>title</c> (at most 128 characters); required.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; set; }

    /// <summary><c>sub_title</c> (at most 128 characters); required.</summary>
    [JsonPropertyName("sub_title")]
    public required string SubTitle { get; set; }

    /// <summary><c>begin_time</c>; required.</summary>
    [JsonPropertyName("begin_time")]
    public required DateTimeOffset BeginTime { get; set; }

    /// <summary><c>end_time</c> (after <see cref="BeginTime"/>); required.</summary>
    [JsonPropertyName("end_time")]
    public required DateTimeOffset EndTime { get; set; }

    /// <summary><c>apply_total</c>: how many members can get the gift (positive, below the smallest available stock of the batches); required.</summary>
    [JsonPropertyName("apply_total")]
    public required long ApplyTotal { get; set; }

    /// <summary><c>product_coupon_stock_list</c>: the coupon batches (at least one); required.</summary>
    [JsonPropertyName("product_coupon_stock_list")]
    public required IReadOnlyList<ProductCouponStock> ProductCouponStockList { get; set; }
}
