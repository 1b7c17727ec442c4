namespace MemberCards.Sdk.WeChatPay;

/// <summary>Which family of the brand member card API a registration calls, and so how it signs and where its paths start.</summary>
public enum WeChatPayFamily
{
    /// <summary>
    /// A service provider (服务商) calling for its brands: <c>/v3/brand/partner/card-member</c>, signed
    /// <c>WECHATPAY2-SHA256-RSA2048 mchid=…</c>, <c>brand_id</c> sent with every call. The default.
    /// </summary>
    Partner = 0,

    /// <summary>
    /// A brand (品牌商户) calling for itself: <c>/brand/card-member</c>, signed <c>WECHATPAY-BRAND-SHA256-RSA2048 brand_id=…</c>
    /// with the brand API key, <c>Wechatpay-Serial: PUB_KEY_ID_…</c> on every request, answers and notifications verified with
    /// the WeChat Pay public key only; <c>brand_id</c> is never sent in a query or body (the Authorization names the brand).
    /// </summary>
    Brand = 1,
}
