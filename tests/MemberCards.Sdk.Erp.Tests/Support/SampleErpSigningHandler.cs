using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>
/// A SAMPLE of the authentication a host adds for its own ERP (the ERP document defines none): it sends
/// <c>X-App-Key</c>, <c>X-Timestamp</c> (Unix seconds) and <c>X-Sign</c> = lower-case hex MD5 of
/// <c>appKey + timestamp + body + appSecret</c>. The same code is shown in docs/erp.md.
/// </summary>
internal sealed class SampleErpSigningHandler(string appKey, string appSecret, TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(Encoding.UTF8.GetBytes(appKey + timestamp));
        md5.AppendData(body);
        md5.AppendData(Encoding.UTF8.GetBytes(appSecret));
        var sign = Convert.ToHexStringLower(md5.GetHashAndReset());

        request.Headers.Add("X-App-Key", appKey);
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Sign", sign);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
