using System.Reflection;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Signs every request byte-exactly (method, request target as sent, Unix seconds, nonce, exact UTF-8 body; for an
/// image upload its <c>meta</c> JSON in place of the body) with the merchant key parsed once per merchant, and sets
/// <c>Authorization</c>, <c>Wechatpay-Serial</c>, <c>User-Agent</c> and <c>Accept</c>. When the body and the serial are at hand (the usual case) it signs
/// synchronously and hands the request on without an async state machine of its own.
/// </summary>
internal sealed class WeChatPaySigningHandler(WeChatPayMerchant merchant, TimeProvider time) : MemberCardsStep
{
    private static readonly string SdkUserAgent =
        $"MemberCards.Sdk.WeChatPay/{typeof(WeChatPaySigningHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0"} (.NET {Environment.Version})";

    private readonly string userAgent = merchant.Options.UserAgent is { Length: > 0 } product ? $"{product} {SdkUserAgent}" : SdkUserAgent;

    /// <inheritdoc />
    internal override ValueTask<HttpResponseMessage> SendStepAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var pendingBody = ReadBodyAsync(request, cancellationToken);
        if (!pendingBody.IsCompletedSuccessfully)
        {
            return SendAfterBodyAsync(request, pendingBody, cancellationToken);
        }

        var body = pendingBody.Result;
        if (NeedsSerial(request))
        {
            var pendingKey = merchant.Keys.GetEncryptionKeyAsync(cancellationToken);
            if (!pendingKey.IsCompletedSuccessfully)
            {
                return SendAfterKeyAsync(request, body, pendingKey, cancellationToken);
            }

            request.Headers.TryAddWithoutValidation(WeChatPayConstants.SerialHeader, pendingKey.Result.Serial);
        }

        Sign(request, body);
        return SendInnerAsync(request, cancellationToken);
    }

    private static bool NeedsSerial(HttpRequestMessage request)
        => !WeChatPayRequestOptions.IsCertificateDownload(request) && !request.Headers.NonValidated.Contains(WeChatPayConstants.SerialHeader);

    private static ValueTask<byte[]> ReadBodyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => SignedBody.Known(request.Content) is { } known ? new ValueTask<byte[]>(known) : BufferAsync(request, cancellationToken);

    /// <summary>Buffers content the SDK did not build once, so exactly the bytes that were signed are sent.</summary>
    private static async ValueTask<byte[]> BufferAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = request.Content!;
        var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var replacement = new ByteArrayContent(bytes);
        foreach (var header in content.Headers)
        {
            replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Content = replacement;
        return bytes;
    }

    private async ValueTask<HttpResponseMessage> SendAfterBodyAsync(HttpRequestMessage request, ValueTask<byte[]> pendingBody, CancellationToken cancellationToken)
    {
        var body = await pendingBody.ConfigureAwait(false);
        if (NeedsSerial(request))
        {
            var (serial, _) = await merchant.Keys.GetEncryptionKeyAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.TryAddWithoutValidation(WeChatPayConstants.SerialHeader, serial);
        }

        Sign(request, body);
        return await SendInnerAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<HttpResponseMessage> SendAfterKeyAsync(HttpRequestMessage request, byte[] body, ValueTask<(string Serial, System.Security.Cryptography.RSA Key)> pendingKey, CancellationToken cancellationToken)
    {
        var (serial, _) = await pendingKey.ConfigureAwait(false);
        request.Headers.TryAddWithoutValidation(WeChatPayConstants.SerialHeader, serial);
        Sign(request, body);
        return await SendInnerAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Sign(HttpRequestMessage request, byte[] body)
    {
        var headers = request.Headers;
        if (!headers.NonValidated.Contains("User-Agent"))
        {
            headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        if (!headers.NonValidated.Contains("Accept"))
        {
            headers.TryAddWithoutValidation("Accept", "application/json");
        }

        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no address.");
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var nonce = RequestSignature.CreateNonce();
        var message = RequestSignature.BuildMessage(request.Method.Method, uri.PathAndQuery, timestamp, nonce, body);
        // One snapshot: the serial named is always the serial of the key that signed, even while keys rotate.
        var credentials = merchant.Credentials;
        var signature = RequestSignature.Sign(credentials.PrivateKey, message);
        headers.Remove("Authorization");
        headers.TryAddWithoutValidation("Authorization", credentials.Authorization(nonce, timestamp, signature));
    }
}
