namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// WeChat Pay's reading of its answers for the shared pipeline step: every non-2xx answer is a
/// <see cref="WeChatPayApiException"/> (code, message, detail, <c>Request-ID</c>, and on <c>SIGN_ERROR</c> the message
/// the SDK signed). The key store's certificate download reads its own answers (a 404 there means "public key
/// mode"), so the mapper leaves those alone.
/// </summary>
internal sealed class WeChatPayErrorMapper : IMemberCardsErrorMapper
{
    /// <summary>The one instance (the mapper has no state).</summary>
    public static readonly WeChatPayErrorMapper Instance = new();

    public async ValueTask<Exception?> MapAsync(HttpResponseMessage response, string registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode || WeChatPayRequestOptions.IsCertificateDownload(response.RequestMessage))
        {
            return null;
        }

        var body = await MemberCardsAnswerBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return WeChatPayErrors.FromResponse(response, body, registration);
    }
}
