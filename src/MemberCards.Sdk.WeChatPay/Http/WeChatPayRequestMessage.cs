namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A request sent by this assembly, carrying what the handlers exchange (operation name, certificate-download flag,
/// the signed message) as plain fields instead of an <see cref="HttpRequestMessage.Options"/> dictionary per call.
/// </summary>
internal sealed class WeChatPayRequestMessage(HttpMethod method, string requestUri, string? operation) : HttpRequestMessage(method, requestUri)
{
    /// <summary>The client operation (for telemetry tags), or <see langword="null"/> for the key store's own requests.</summary>
    public string? Operation { get; } = operation;

    /// <summary>The request downloads platform certificates: no <c>Wechatpay-Serial</c>, the key store verifies the answer itself.</summary>
    public bool CertificateDownload { get; init; }

    /// <summary>The message the signing handler signed (for SIGN_ERROR diagnostics).</summary>
    public byte[]? SigningMessage { get; set; }
}
