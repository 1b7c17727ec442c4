namespace MemberCards.Sdk.WeChatPay;

/// <summary>The merchant's answer to a points-for-coupon request (<c>result</c> of <c>/user-points/exchange-coupon/confirm</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<PointExchangeResult>))]
public enum PointExchangeResult
{
    /// <summary>A value this version of the SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>POINT_EXCHANGE_COUPON_ALLOW</c>: the points were deducted; give the coupon.</summary>
    [JsonStringEnumMemberName("POINT_EXCHANGE_COUPON_ALLOW")]
    Allow,

    /// <summary><c>POINT_EXCHANGE_COUPON_REJECT</c>: the exchange is refused (<c>reject_reason</c> required).</summary>
    [JsonStringEnumMemberName("POINT_EXCHANGE_COUPON_REJECT")]
    Reject,
}
