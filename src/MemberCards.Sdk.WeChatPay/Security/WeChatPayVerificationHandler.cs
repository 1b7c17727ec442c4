namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Verifies every 2xx answer over its raw body (timestamp within 5 minutes of the injected clock, key chosen by
/// <c>Wechatpay-Serial</c>); anything unsigned, stale, tampered, a probe or undecodable is a
/// <see cref="MemberCardsSignatureException"/>.
/// </summary>
internal sealed class WeChatPayVerificationHandler(WeChatPayMerchant merchant) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || (request.Options.TryGetValue(WeChatPayRequestOptions.CertificateDownload, out var download) && download))
        {
            return response;
        }

        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            await merchant.Verifier.VerifyAsync(
                WeChatPayHeaders.Get(response, WeChatPayHeaders.Timestamp),
                WeChatPayHeaders.Get(response, WeChatPayHeaders.Nonce),
                WeChatPayHeaders.Get(response, WeChatPayHeaders.Signature),
                WeChatPayHeaders.Get(response, WeChatPayHeaders.Serial),
                WeChatPayHeaders.Get(response, WeChatPayHeaders.SignatureType),
                body,
                $"the answer to {request.Method} {request.RequestUri?.AbsolutePath} [request id {WeChatPayHeaders.Get(response, WeChatPayHeaders.RequestId)}]",
                cancellationToken).ConfigureAwait(false);
            response.Content = new VerifiedBodyContent(body, response.Content);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
