namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// What the steps of the WeChat Pay pipeline tell each other about a request, carried in
/// <see cref="HttpRequestMessage.Options"/> (every request is a plain Refit request).
/// </summary>
internal static class WeChatPayRequestOptions
{
    /// <summary>The key of <see cref="CertificateDownload"/>, also used by the Refit interface's <c>[Property]</c>.</summary>
    public const string CertificateDownloadKey = "MemberCards.WeChatPay.CertificateDownload";

    /// <summary>
    /// The request downloads platform certificates: no <c>Wechatpay-Serial</c>, no answer verification or error
    /// mapping in the pipeline (the key store verifies the download itself: it is where trust starts).
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> CertificateDownload = new(CertificateDownloadKey);

    /// <summary>Whether <paramref name="request"/> is the platform certificate download.</summary>
    /// <param name="request">The request (may be <see langword="null"/>).</param>
    /// <returns><see langword="true"/> for <c>GET /v3/certificates</c> sent by the key store.</returns>
    public static bool IsCertificateDownload(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(CertificateDownload, out var value) && value;
}
