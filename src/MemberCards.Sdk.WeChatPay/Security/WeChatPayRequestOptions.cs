namespace MemberCards.Sdk.WeChatPay;

/// <summary>Per-request flags and data the handlers exchange through <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class WeChatPayRequestOptions
{
    /// <summary>The request downloads platform certificates: no <c>Wechatpay-Serial</c>, the key store verifies the answer itself.</summary>
    public static readonly HttpRequestOptionsKey<bool> CertificateDownload = new("MemberCards.WeChatPay.CertificateDownload");

    /// <summary>The client operation (for telemetry tags).</summary>
    public static readonly HttpRequestOptionsKey<string> Operation = new("MemberCards.WeChatPay.Operation");

    /// <summary>The message the signing handler signed (for SIGN_ERROR diagnostics).</summary>
    public static readonly HttpRequestOptionsKey<byte[]> SigningMessage = new("MemberCards.WeChatPay.SigningMessage");
}
