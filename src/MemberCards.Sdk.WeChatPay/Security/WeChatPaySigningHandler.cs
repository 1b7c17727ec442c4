using System.Reflection;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Signs every request byte-exactly (method, request target as sent, Unix seconds, nonce, exact UTF-8 body) with
/// the merchant key parsed once per merchant, and sets <c>Authorization</c>, <c>Wechatpay-Serial</c>,
/// <c>User-Agent</c> and <c>Accept</c>.
/// </summary>
internal sealed class WeChatPaySigningHandler(WeChatPayMerchant merchant, TimeProvider time) : DelegatingHandler
{
    private static readonly string SdkUserAgent =
        $"MemberCards.Sdk.WeChatPay/{typeof(WeChatPaySigningHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0"} (.NET {Environment.Version})";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var isDownload = request.Options.TryGetValue(WeChatPayRequestOptions.CertificateDownload, out var flag) && flag;
        if (!isDownload && !request.Headers.Contains(WeChatPayHeaders.Serial))
        {
            var (serial, _) = await merchant.Keys.GetEncryptionKeyAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.TryAddWithoutValidation(WeChatPayHeaders.Serial, serial);
        }

        if (!request.Headers.Contains("User-Agent"))
        {
            request.Headers.TryAddWithoutValidation("User-Agent", merchant.Options.UserAgent is { Length: > 0 } product ? $"{product} {SdkUserAgent}" : SdkUserAgent);
        }

        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
        }

        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no address.");
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var nonce = RequestSignature.CreateNonce();
        var message = RequestSignature.BuildMessage(request.Method.Method, uri.PathAndQuery, timestamp, nonce, body);
        var signature = RequestSignature.Sign(merchant.PrivateKey, message);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", RequestSignature.FormatAuthorization(merchant.Options.MerchantId!, nonce, timestamp, merchant.Options.CertificateSerialNumber!, signature));
        request.Options.Set(WeChatPayRequestOptions.SigningMessage, message);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<byte[]> ReadBodyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        switch (request.Content)
        {
            case null:
                return [];
            case JsonBodyContent json:
                return json.Body;
            default:
                // Buffer foreign content once and send exactly the bytes that were signed.
                var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var replacement = new ByteArrayContent(bytes);
                foreach (var header in request.Content.Headers)
                {
                    replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                request.Content = replacement;
                return bytes;
        }
    }
}
