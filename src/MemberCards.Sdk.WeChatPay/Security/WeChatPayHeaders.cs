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

    /// <summary>The first value of a header as received (these headers have no parser, so nothing is validated away), or <see langword="null"/>.</summary>
    public static string? Get(HttpResponseMessage response, string name)
    {
        if (response.Headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }
}
