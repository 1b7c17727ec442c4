namespace MemberCards.Sdk.WeChatPay;

/// <summary>POST <c>/v3/brand/partner/card-member/membership-activities</c>: create a join-gift activity (coupon batches shown in the join component).</summary>
public sealed record CreateMembershipActivityRequest : MembershipActivitySchedule, IBrandScopedRequest
{
    /// <summary>The only channel WeChat Pay documents, spelled as WeChat Pay spells it: <c>MECHANT_APP_COMPONENT</c>.</summary>
    public const string MerchantAppComponent = "MECHANT_APP_COMPONENT";

    /// <summary>
    /// <c>out_request_no</c>: the idempotency key (1 to 128 characters of <c>[0-9A-Za-z_-]</c>). Leave it
    /// <see langword="null"/> and the SDK generates one and stores it here, so sending this object again sends the same key.
    /// </summary>
    [JsonPropertyOrder(Lead)]
    public string? OutRequestNo { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    [JsonPropertyOrder(Lead)]
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyOrder(Lead)]
    public required string CardId { get; set; }

    /// <summary><c>activity_channel</c>; <see cref="MerchantAppComponent"/> by default.</summary>
    [JsonPropertyOrder(Lead)]
    public string ActivityChannel { get; set; } = MerchantAppComponent;

    /// <summary><c>apply_total</c>: how many members can get the gift (positive, below the smallest available stock of the batches); required.</summary>
    [JsonPropertyOrder(Trail)]
    public required long ApplyTotal { get; set; }

    /// <summary><c>product_coupon_stock_list</c>: the coupon batches (at least one); required.</summary>
    [JsonPropertyOrder(Trail)]
    public required IReadOnlyList<ProductCouponStock> ProductCouponStockList { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        scope.Check(BrandId, 32);
        FieldRules.Required(CardId, "card_id", 32);
        FieldRules.Required(ActivityChannel, "activity_channel", 32);
        ValidateSchedule();
        FieldRules.InRange(ApplyTotal, 1, long.MaxValue, "apply_total");
        if (ProductCouponStockList is not { Count: > 0 } stocks)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "product_coupon_stock_list", "needs at least one coupon batch.");
        }

        for (var i = 0; i < stocks.Count; i++)
        {
            var stock = stocks[i] ?? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, $"product_coupon_stock_list[{i}]", "the batch is null.");
            FieldRules.Required(stock.ProductCouponId, $"product_coupon_stock_list[{i}].product_coupon_id", 64);
            FieldRules.Required(stock.StockId, $"product_coupon_stock_list[{i}].stock_id", 64);
        }

        OutRequestNo = OutRequestNumber.Ensure(OutRequestNo, 128);
    }
}
