namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The WeChat Pay header names the emulator reads and writes.</summary>
internal static class WeChatPayHeaderNames
{
    public const string Timestamp = "Wechatpay-Timestamp";
    public const string Nonce = "Wechatpay-Nonce";
    public const string Signature = "Wechatpay-Signature";
    public const string Serial = "Wechatpay-Serial";
    public const string SignatureType = "Wechatpay-Signature-Type";
    public const string RequestId = "Request-ID";
}
