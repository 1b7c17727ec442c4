namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A request the key store sends itself (the platform certificate download), carrying what the handlers need to
/// know about it as plain fields. Requests of the Refit interfaces are plain <see cref="HttpRequestMessage"/>s;
/// what the handlers exchange about those travels in <see cref="HttpRequestMessage.Options"/>.
/// </summary>
internal sealed class WeChatPayRequestMessage(HttpMethod method, string requestUri, string? operation) : HttpRequestMessage(method, requestUri)
{
    /// <summary>The request option holding the message the signing handler signed (for SIGN_ERROR diagnostics).</summary>
    public static readonly HttpRequestOptionsKey<byte[]> SigningMessageOption = new("MemberCards.WeChatPay.SigningMessage");

    /// <summary>The client operation (for telemetry tags), or <see langword="null"/> for the key store's own requests.</summary>
    public string? Operation { get; } = operation;

    /// <summary>The request downloads platform certificates: no <c>Wechatpay-Serial</c>, the key store verifies the answer itself.</summary>
    public bool CertificateDownload { get; init; }
}
