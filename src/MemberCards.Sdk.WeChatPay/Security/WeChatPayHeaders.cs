namespace MemberCards.Sdk.WeChatPay;

/// <summary>WeChat Pay header names and lookup.</summary>
internal static class WeChatPayHeaders
{
    public const string Timestamp = "Wechatpay-Timestamp";
    public const string Nonce = "Wechatpay-Nonce";
    public const string Signature = "Wechatpay-Signature";
    public const string Serial = "Wechatpay-Serial";
    public const string SignatureType = "Wechatpay-Signature-Type";
    public const string RequestId = "Request-ID";

    public static string? Get(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
