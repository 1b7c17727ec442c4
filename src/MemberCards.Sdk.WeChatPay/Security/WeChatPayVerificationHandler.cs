namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Reads every answer's body inside the pipeline (so the client timeout and the GET retries cover it) and verifies
/// every 2xx answer over that raw body (timestamp within 5 minutes of the injected clock, key chosen by
/// <c>Wechatpay-Serial</c>, the previous public key too for a while when the request named it); anything unsigned, stale, tampered, a probe or undecodable is a
/// <see cref="MemberCardsSignatureException"/>.
/// </summary>
internal sealed class WeChatPayVerificationHandler(WeChatPayMerchant merchant) : MemberCardsStep
{
    /// <inheritdoc />
    internal override async ValueTask<HttpResponseMessage> SendStepAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await SendInnerAsync(request, cancellationToken).ConfigureAwait(false);
        if (WeChatPayRequestOptions.IsCertificateDownload(request))
        {
            return response;
        }

        try
        {
            // Buffered in place: the one copy of the body, which Refit's own buffering then finds done.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                await VerifyAsync(request, response, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Verifies a 2xx answer over its raw body (an array of the shared pool, given back afterwards).</summary>
    private async ValueTask VerifyAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = MemberCardsAnswerBody.Rent(response.Content, out var length);
        SignatureCheck failure;
        try
        {
            failure = await merchant.Verifier.EvaluateAsync(
                WeChatPayHeaders.Get(response, WeChatPayConstants.TimestampHeader),
                WeChatPayHeaders.Get(response, WeChatPayConstants.NonceHeader),
                WeChatPayHeaders.Get(response, WeChatPayConstants.SignatureHeader),
                WeChatPayHeaders.Get(response, WeChatPayConstants.SerialHeader),
                WeChatPayHeaders.Get(response, WeChatPayConstants.SignatureTypeHeader),
                body.AsMemory(0, length),
                WeChatPayHeaders.Get(request, WeChatPayConstants.SerialHeader),
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            MemberCardsAnswerBody.Return(body);
        }

        if (failure.Failed)
        {
            throw WeChatPaySignatureVerifier.Failed(failure, $"the answer to {request.Method} {request.RequestUri?.AbsolutePath} [request id {WeChatPayHeaders.Get(response, WeChatPayConstants.RequestIdHeader)}]");
        }
    }
}
