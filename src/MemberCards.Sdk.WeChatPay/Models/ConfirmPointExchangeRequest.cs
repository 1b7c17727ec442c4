namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-points/exchange-coupon/confirm</c>: answer a member's request to trade
/// points for a coupon (the <c>POINT_EXCHANGE_COUPON</c> event), after deducting the points or refusing.
/// </summary>
public sealed record ConfirmPointExchangeRequest : CardMemberRequest, IBrandScopedRequest
{
    /// <summary><c>record_id</c>: the exchange record from the event (at most 64 characters); required, the natural idempotency key.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.Lead)]
    public required string RecordId { get; set; }

    /// <summary><c>exchange_coupon_template_id</c> from the event (at most 32 characters); required.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.Lead)]
    public required string ExchangeCouponTemplateId { get; set; }

    /// <summary><c>result</c>: allow or reject; required.</summary>
    public required PointExchangeResult Result { get; set; }

    /// <summary><c>reject_reason</c> (at most 32 characters); required when <see cref="Result"/> is <see cref="PointExchangeResult.Reject"/>.</summary>
    public string? RejectReason { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Required(RecordId, "record_id", 64);
        FieldRules.Required(ExchangeCouponTemplateId, "exchange_coupon_template_id", 32);
        ValidateMember(scope, 16);
        switch (Result)
        {
            case PointExchangeResult.Unknown:
                throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "result", "is required (Allow or Reject).");
            case PointExchangeResult.Reject:
                FieldRules.Required(RejectReason, "reject_reason", 32);
                break;
            default:
                FieldRules.Optional(RejectReason, "reject_reason", 32);
                break;
        }
    }
}
