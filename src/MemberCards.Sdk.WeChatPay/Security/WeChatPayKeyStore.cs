using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Serialization;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The WeChat Pay keys one merchant trusts, keyed by serial: the public key (<c>PUB_KEY_ID_...</c>) and/or the
/// platform certificates downloaded from <c>/v3/certificates</c> (decrypted with the APIv3 key), refreshed in the
/// background, single-flight, and re-downloaded once when a response names an unknown serial.
/// </summary>
internal sealed class WeChatPayKeyStore : IDisposable
{
    private readonly WeChatPayOptions options;
    private readonly Func<HttpClient> createClient;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly RSA? publicKey;
    private readonly byte[]? apiV3Key;
    private readonly object gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> unknownSerials = new(StringComparer.Ordinal);
    private PlatformCertificateSet certificates = PlatformCertificateSet.Empty;
    private Task<PlatformCertificateSet>? download;

    private readonly WeChatPayCertificateSharing? sharing;
    private byte[]? verifiedBody;

    public WeChatPayKeyStore(WeChatPayOptions options, Func<HttpClient> createClient, TimeProvider time, ILogger logger, WeChatPayCertificateSharing? sharing = null)
    {
        this.sharing = sharing;
        this.options = options;
        this.createClient = createClient;
        this.time = time;
        this.logger = logger;
        if (options.HasPublicKey)
        {
            publicKey = PemKeys.LoadRsaPublicKey(options.PublicKey!);
            PublicKeyId = options.PublicKeyId;
        }

        if (options.HasApiV3Key)
        {
            apiV3Key = Encoding.UTF8.GetBytes(options.ApiV3Key!);
        }
    }

    /// <summary>The configured public key id, or <see langword="null"/>.</summary>
    public string? PublicKeyId { get; }

    /// <summary>The APIv3 key bytes, or <see langword="null"/>.</summary>
    public ReadOnlySpan<byte> ApiV3Key => apiV3Key;

    /// <summary>How many downloads of <c>/v3/certificates</c> completed (for diagnostics and tests).</summary>
    public int DownloadCount { get; private set; }

    /// <summary>The key to encrypt sensitive fields with, and the serial to send as <c>Wechatpay-Serial</c>.</summary>
    public async ValueTask<(string Serial, RSA Key)> GetEncryptionKeyAsync(CancellationToken cancellationToken)
    {
        if (publicKey is not null)
        {
            return (PublicKeyId!, publicKey);
        }

        var set = await GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        var newest = set.Newest(time.GetUtcNow())
            ?? throw new MemberCardsException("WeChatPay", "No valid WeChat Pay platform certificate is available (GET /v3/certificates returned none that is unexpired). Configure PublicKeyId + PublicKey if the merchant uses the WeChat Pay public key.", null);
        return (newest.SerialNumber, newest.PublicKey);
    }

    /// <summary>The key a response or notification signed under <paramref name="serial"/> verifies with, or <see langword="null"/>.</summary>
    public async ValueTask<RSA?> FindVerificationKeyAsync(string? serial, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(serial))
        {
            return null;
        }

        if (publicKey is not null && string.Equals(serial, PublicKeyId, StringComparison.Ordinal))
        {
            return publicKey;
        }

        if (apiV3Key is null)
        {
            return null;
        }

        var set = await GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        if (set.BySerial.TryGetValue(serial, out var known))
        {
            return known.PublicKey;
        }

        // A serial we do not know: the certificates may have rotated. Download once more (shared with concurrent
        // callers), but not again for the same unknown serial within the clock-skew window, so forged serials
        // cannot make us download on every answer.
        var now = time.GetUtcNow();
        if (unknownSerials.TryGetValue(serial, out var triedAt) && now - triedAt < ResponseSignature.MaxClockSkew)
        {
            return null;
        }

        set = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        if (set.BySerial.TryGetValue(serial, out known))
        {
            unknownSerials.TryRemove(serial, out _);
            return known.PublicKey;
        }

        if (unknownSerials.Count > 64)
        {
            unknownSerials.Clear();
        }

        unknownSerials[serial] = now;
        return null;
    }

    /// <summary>Forces a download now (shared with any download already running).</summary>
    public Task<PlatformCertificateSet> RefreshAsync(CancellationToken cancellationToken)
    {
        Task<PlatformCertificateSet> task;
        lock (gate)
        {
            if (download is null || download.IsCompleted)
            {
                download = sharing is null ? DownloadAsync() : DownloadSharedAsync(sharing);
            }

            task = download;
        }

        return task.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        publicKey?.Dispose();
    }

    private async ValueTask<PlatformCertificateSet> GetCertificatesAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref certificates);
        if (current.BySerial.Count == 0 && current.DownloadedAt == DateTimeOffset.MinValue)
        {
            return await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        if (time.GetUtcNow() - current.DownloadedAt >= options.CertificateRefreshInterval)
        {
            // Refresh in the background; keep answering with what we have.
            _ = RefreshAsync(CancellationToken.None).ContinueWith(
                static (t, state) => WeChatPayLog.CertificateRefreshFailed((ILogger)state!, t.Exception?.InnerException),
                logger,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return current;
    }

    private async Task<PlatformCertificateSet> DownloadAsync()
    {
        await Task.Yield();
        using var request = new WeChatPayRequestMessage(HttpMethod.Get, "v3/certificates", null) { CertificateDownload = true };
        using var client = createClient();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            throw new MemberCardsException("WeChatPay", $"Could not download the WeChat Pay platform certificates (GET /v3/certificates): {ex.Message}", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound && publicKey is not null)
            {
                return Store([]);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw WeChatPayErrors.FromResponse(response, body);
            }

            var downloaded = ReadCertificates(body);
            if (downloaded.Count == 0 && publicKey is null)
            {
                throw new MemberCardsException("WeChatPay", "GET /v3/certificates returned no platform certificate. A merchant registered for the WeChat Pay public key must configure PublicKeyId + PublicKey.", null);
            }

            VerifyDownload(response, body, downloaded);
            Volatile.Write(ref verifiedBody, body);
            return Store(downloaded);
        }
    }

    /// <summary>Decrypts (and so authenticates, AES-256-GCM with the APIv3 key) every certificate of a <c>/v3/certificates</c> answer body.</summary>
    private Dictionary<string, PlatformCertificate> ReadCertificates(byte[] body)
    {
        var list = MemberCardsJson.Deserialize(body, WeChatPayJson.CertificateListBody, "WeChatPay");
        var downloaded = new Dictionary<string, PlatformCertificate>(StringComparer.Ordinal);
        foreach (var entry in list.Data ?? [])
        {
            var resource = entry.EncryptCertificate;
            if (string.IsNullOrEmpty(entry.SerialNo) || string.IsNullOrEmpty(resource?.Nonce) || string.IsNullOrEmpty(resource.Ciphertext))
            {
                throw new MemberCardsFormatException("WeChatPay", "platform certificate list", "data[].encrypt_certificate", "an entry has no serial_no, nonce or ciphertext.");
            }

            var pem = AesGcmCipher.Decrypt(apiV3Key, resource.Nonce, resource.AssociatedData, resource.Ciphertext);
            using var certificate = PemKeys.LoadCertificate(pem);
            var key = certificate.GetRSAPublicKey()
                ?? throw new MemberCardsFormatException("WeChatPay", "platform certificate", entry.SerialNo, "the certificate does not hold an RSA key.");
            downloaded[PemKeys.SerialNumberOf(certificate)] = new PlatformCertificate(PemKeys.SerialNumberOf(certificate), key, entry.ExpireTime ?? certificate.NotAfter);
        }

        return downloaded;
    }

    /// <summary>The download path with a fleet: adopt the set another instance downloaded, or download under the fleet lock and share it.</summary>
    private Task<PlatformCertificateSet> DownloadSharedAsync(WeChatPayCertificateSharing fleet)
        => fleet.RefreshAsync(
            Volatile.Read(ref certificates).DownloadedAt,
            (body, downloadedAt) =>
            {
                var set = new PlatformCertificateSet(ReadCertificates(body), downloadedAt);
                Volatile.Write(ref certificates, set);
                return set;
            },
            async () =>
            {
                var set = await DownloadAsync().ConfigureAwait(false);
                return (set, Interlocked.Exchange(ref verifiedBody, null));
            });

    private void VerifyDownload(HttpResponseMessage response, byte[] body, Dictionary<string, PlatformCertificate> downloaded)
    {
        // The list was decrypted with the APIv3 key (authenticated); its answer must also be signed by a key it lists or we trust.
        var serial = WeChatPayHeaders.Get(response, WeChatPayHeaders.Serial);
        RSA? key = serial is null ? null
            : downloaded.TryGetValue(serial, out var listed) ? listed.PublicKey
            : string.Equals(serial, PublicKeyId, StringComparison.Ordinal) ? publicKey
            : Volatile.Read(ref certificates).BySerial.TryGetValue(serial, out var known) ? known.PublicKey : null;
        var failure = key is null
            ? $"the answer names serial '{serial}', which is neither a downloaded certificate nor the configured public key."
            : ResponseSignature.Check(key, WeChatPayHeaders.Get(response, WeChatPayHeaders.Timestamp), WeChatPayHeaders.Get(response, WeChatPayHeaders.Nonce), WeChatPayHeaders.Get(response, WeChatPayHeaders.Signature), body, time.GetUtcNow());
        if (failure is not null)
        {
            MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", "WeChatPay"), new KeyValuePair<string, object?>("reason", "certificate-list"));
            throw new MemberCardsSignatureException("WeChatPay", $"The platform certificate list could not be trusted: {failure}");
        }
    }

    private PlatformCertificateSet Store(Dictionary<string, PlatformCertificate> downloaded)
    {
        var set = new PlatformCertificateSet(downloaded, time.GetUtcNow());
        Volatile.Write(ref certificates, set);
        DownloadCount++;
        MemberCardsTelemetry.Refreshes.Add(1, new KeyValuePair<string, object?>("service", "WeChatPay"), new KeyValuePair<string, object?>("kind", "platform-certificates"));
        WeChatPayLog.CertificatesDownloaded(logger, downloaded.Count, string.Join(", ", downloaded.Keys));
        return set;
    }
}
