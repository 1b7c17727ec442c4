using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The WeChat Pay keys one merchant trusts, keyed by serial: the public key (<c>PUB_KEY_ID_...</c>) and/or the
/// platform certificates downloaded from <c>/v3/certificates</c> (decrypted with the APIv3 key), refreshed in the
/// background, single-flight, and re-downloaded when an answer names an unknown serial.
/// </summary>
/// <remarks>
/// Unknown serials: a serial first seen while a download is already running gets a download that starts after it
/// was seen (it waits for the running one, then downloads again), so a rotation that overlaps a download is not
/// locked out; a serial still unknown after such a download is not tried again for <see cref="WeChatPayConstants.SignatureWindow"/>.
/// Notifications are unauthenticated until verified: whatever serial they name, they trigger at most one download
/// per <see cref="UnknownSerialDownloadInterval"/> per merchant, per instance and, with a fleet (certificate sharing),
/// per fleet, the first download of a fresh instance included.
/// </remarks>
internal sealed class WeChatPayKeyStore : IDisposable
{
    /// <summary>The fewest time between two downloads caused by unauthenticated input (notifications naming an unknown serial).</summary>
    public static readonly TimeSpan UnknownSerialDownloadInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after a reload that changes the public key id answers naming the previous id still verify with the
    /// previous key, when their request named it (requests in flight during the reload, and their retries). The
    /// answers' own timestamps are accepted for 5 minutes, so this is the same bound.
    /// </summary>
    public static readonly TimeSpan PreviousPublicKeyGrace = WeChatPayConstants.SignatureWindow;

    private readonly Func<HttpClient> createClient;
    private readonly string registration;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly object gate = new();
    private readonly List<RSA> retiredKeys = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> unknownSerials = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> pendingSerials = new(StringComparer.Ordinal);
    private WeChatPayOptions options;
    private WeChatPayTrustedPublicKey? publicKey;
    private byte[]? apiV3Key;
    private PlatformCertificateSet certificates = PlatformCertificateSet.Empty;
    private Task<PlatformCertificateSet>? download;
    private long downloadSequence;
    private long startedDownloads;
    private DateTimeOffset lastUnauthenticatedDownload = DateTimeOffset.MinValue;
    private int downloadCount;

    private WeChatPayTrustedPublicKey? previousPublicKey;
    private DateTimeOffset previousPublicKeyUntil;

    private readonly WeChatPayCertificateSharing? sharing;
    private byte[]? verifiedBody;

    public WeChatPayKeyStore(WeChatPayOptions options, Func<HttpClient> createClient, TimeProvider time, ILogger logger, WeChatPayCertificateSharing? sharing = null, string registration = "")
    {
        this.registration = registration;
        this.sharing = sharing;
        this.options = options;
        this.createClient = createClient;
        this.time = time;
        this.logger = logger;
        publicKey = LoadPublicKey(options);
        apiV3Key = LoadApiV3Key(options);
    }

    /// <summary>The configured public key id, or <see langword="null"/>.</summary>
    public string? PublicKeyId => Volatile.Read(ref publicKey)?.Id;

    /// <summary>The APIv3 key bytes, or <see langword="null"/>.</summary>
    public ReadOnlySpan<byte> ApiV3Key => Volatile.Read(ref apiV3Key);

    /// <summary>How many downloads of <c>/v3/certificates</c> completed (for diagnostics and tests).</summary>
    public int DownloadCount => Volatile.Read(ref downloadCount);

    /// <summary>The family the registration calls, which decides the signature scheme its answers carry.</summary>
    public WeChatPayFamily Family => Volatile.Read(ref options).Family;

    /// <summary>The key to encrypt sensitive fields with, and the serial to send as <c>Wechatpay-Serial</c>.</summary>
    public async ValueTask<(string Serial, RSA Key)> GetEncryptionKeyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref publicKey) is { } trusted)
        {
            return (trusted.Id, trusted.Key);
        }

        var set = await GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        var newest = set.Newest(time.GetUtcNow())
            ?? throw new MemberCardsException(WeChatPayConstants.ServiceName, "No valid WeChat Pay platform certificate is available (GET /v3/certificates returned none that is unexpired). Configure PublicKeyId + PublicKey if the merchant uses the WeChat Pay public key.", null);
        return (newest.SerialNumber, newest.PublicKey);
    }

    /// <summary>The key an answer to our own request signed under <paramref name="serial"/> verifies with, or <see langword="null"/>.</summary>
    /// <param name="serial">The answer's <c>Wechatpay-Serial</c>.</param>
    /// <param name="requestedSerial">
    /// The <c>Wechatpay-Serial</c> the request carried. When the answer names the same key and that key is the public
    /// key in effect before the last reload, it still verifies for <see cref="PreviousPublicKeyGrace"/> after the
    /// reload: WeChat Pay signed the answer with the key the request named.
    /// </param>
    /// <param name="cancellationToken">Cancels the wait (not a download other callers share).</param>
    public ValueTask<RSA?> FindVerificationKeyAsync(string? serial, string? requestedSerial, CancellationToken cancellationToken)
        => serial is not null
            && string.Equals(serial, requestedSerial, StringComparison.Ordinal)
            && !string.Equals(serial, Volatile.Read(ref publicKey)?.Id, StringComparison.Ordinal)
            && PreviousPublicKey(serial) is { } previous
            ? new ValueTask<RSA?>(previous)
            : FindVerificationKeyAsync(serial, unauthenticated: false, cancellationToken);

    /// <summary>The key a message signed under <paramref name="serial"/> verifies with, or <see langword="null"/>.</summary>
    /// <param name="serial">The <c>Wechatpay-Serial</c> as received.</param>
    /// <param name="unauthenticated">The message came from anyone (a notification), not as the answer to our own request: its downloads are bounded per merchant.</param>
    /// <param name="cancellationToken">Cancels the wait (not a download other callers share).</param>
    public async ValueTask<RSA?> FindVerificationKeyAsync(string? serial, bool unauthenticated, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(serial))
        {
            return null;
        }

        if (Volatile.Read(ref publicKey) is { } trusted && string.Equals(serial, trusted.Id, StringComparison.Ordinal))
        {
            return trusted.Key;
        }

        // A brand trusts the WeChat Pay public key only: it has no platform certificates to download.
        if (Volatile.Read(ref apiV3Key) is null || Family == WeChatPayFamily.Brand)
        {
            return null;
        }

        // Which downloads had started when this serial was first looked up: only a later one can know it.
        var seenAfter = Interlocked.Read(ref startedDownloads);
        var claimed = false;
        if (unauthenticated && Volatile.Read(ref certificates).NeverDownloaded)
        {
            // The first download counts against the bound like any other: a notification that would start it must
            // claim this interval's download; the others only wait for the one running (or take the fleet's list).
            claimed = await TryClaimUnauthenticatedDownloadAsync(time.GetUtcNow()).ConfigureAwait(false);
            if (!claimed)
            {
                return await FindWithoutDownloadAsync(serial, cancellationToken).ConfigureAwait(false);
            }
        }

        var set = await GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        if (set.BySerial.TryGetValue(serial, out var known))
        {
            return known.PublicKey;
        }

        var now = time.GetUtcNow();
        if (unknownSerials.TryGetValue(serial, out var triedAt) && now - triedAt < WeChatPayConstants.SignatureWindow)
        {
            return null;
        }

        if (unauthenticated && !claimed && !await TryClaimUnauthenticatedDownloadAsync(now).ConfigureAwait(false))
        {
            // This interval's download was made (here or, with a fleet, by another instance): never download again,
            // but take a list the fleet shared since, which may know the serial (a rotation another instance saw first).
            if (sharing is not null
                && await sharing.TryAdoptAsync(set.DownloadedAt, Adopt).ConfigureAwait(false) is { } adopted
                && adopted.BySerial.TryGetValue(serial, out var fromFleet))
            {
                return fromFleet.PublicKey;
            }

            WeChatPayLog.UnknownSerialThrottled(logger, serial, UnknownSerialDownloadInterval);
            return null;
        }

        // Concurrent lookups of the same serial share the moment it was first seen, so they share one fresh download.
        if (pendingSerials.Count > 256)
        {
            pendingSerials.Clear();
        }

        var firstSeen = pendingSerials.GetOrAdd(serial, seenAfter);
        try
        {
            set = await RefreshAsync(firstSeen, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            pendingSerials.TryRemove(new KeyValuePair<string, long>(serial, firstSeen));
        }

        if (set.BySerial.TryGetValue(serial, out known))
        {
            unknownSerials.TryRemove(serial, out _);
            return known.PublicKey;
        }

        if (unknownSerials.Count > 64)
        {
            unknownSerials.Clear();
        }

        unknownSerials[serial] = time.GetUtcNow();
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
                StartDownload(null);
            }

            task = download!;
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>Applies changed options: a new public key (id and key swapped as one), a new APIv3 key, a new refresh interval.</summary>
    public void Apply(WeChatPayOptions changed)
    {
        var nextPublicKey = LoadPublicKey(changed);
        var nextApiV3Key = LoadApiV3Key(changed);
        lock (gate)
        {
            var current = Volatile.Read(ref publicKey);
            if (current is null || nextPublicKey is null || current.Id != nextPublicKey.Id || !string.Equals(options.PublicKey, changed.PublicKey, StringComparison.Ordinal))
            {
                Volatile.Write(ref publicKey, nextPublicKey);
                if (current is not null)
                {
                    retiredKeys.Add(current.Key);
                    if (current.Id != nextPublicKey?.Id)
                    {
                        // Requests in flight named it: their answers, signed with it, verify with it for a while.
                        previousPublicKey = current;
                        previousPublicKeyUntil = time.GetUtcNow() + PreviousPublicKeyGrace;
                    }
                }
            }
            else
            {
                nextPublicKey.Key.Dispose();
            }

            Volatile.Write(ref apiV3Key, nextApiV3Key);
            Volatile.Write(ref options, changed);
            unknownSerials.Clear();
        }
    }

    /// <summary>
    /// Takes options that say the same as those in effect (a reload that changed other merchants): only the instance
    /// is replaced, so the previous one can be collected; no key is parsed and no state is cleared.
    /// </summary>
    /// <param name="same">Options equal in every setting to those in effect.</param>
    public void Adopt(WeChatPayOptions same) => Volatile.Write(ref options, same);

    public void Dispose()
    {
        lock (gate)
        {
            Volatile.Read(ref publicKey)?.Key.Dispose();
            foreach (var key in retiredKeys)
            {
                key.Dispose();
            }
        }
    }

    /// <summary>The public key in effect before the last reload, while its grace period lasts and <paramref name="serial"/> names it.</summary>
    private RSA? PreviousPublicKey(string serial)
    {
        lock (gate)
        {
            return previousPublicKey is { } previous
                && string.Equals(previous.Id, serial, StringComparison.Ordinal)
                && !string.Equals(Volatile.Read(ref publicKey)?.Id, serial, StringComparison.Ordinal)
                && time.GetUtcNow() < previousPublicKeyUntil
                ? previous.Key
                : null;
        }
    }

    private static WeChatPayTrustedPublicKey? LoadPublicKey(WeChatPayOptions options)
        => options.HasPublicKey ? new WeChatPayTrustedPublicKey(options.PublicKeyId!, PemKeys.LoadRsaPublicKey(options.PublicKey!)) : null;

    private static byte[]? LoadApiV3Key(WeChatPayOptions options)
        => options.HasApiV3Key ? Encoding.UTF8.GetBytes(options.ApiV3Key!) : null;

    /// <summary>This interval's download for unauthenticated input: here and, with a fleet, for the whole fleet.</summary>
    private async ValueTask<bool> TryClaimUnauthenticatedDownloadAsync(DateTimeOffset now)
        => TryClaimUnauthenticatedDownload(now)
        && (sharing is null || await sharing.TryClaimUnauthenticatedDownloadAsync(UnknownSerialDownloadInterval).ConfigureAwait(false));

    /// <summary>
    /// The key of <paramref name="serial"/> for a notification that may not cause a download (the bound is taken)
    /// while nothing was downloaded here yet: from the download already running, else from a list the fleet shared.
    /// </summary>
    private async ValueTask<RSA?> FindWithoutDownloadAsync(string serial, CancellationToken cancellationToken)
    {
        Task<PlatformCertificateSet>? running;
        lock (gate)
        {
            running = download is { IsCompleted: false } pending ? pending : null;
        }

        var set = Volatile.Read(ref certificates);
        if (running is not null)
        {
            try
            {
                set = await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (MemberCardsException)
            {
                // That download failed: nothing to verify with; the notification is refused and redelivered later.
            }
        }
        else if (set.NeverDownloaded && sharing is not null && await sharing.TryAdoptAsync(set.DownloadedAt, Adopt).ConfigureAwait(false) is { } adopted)
        {
            set = adopted;
        }

        if (set.BySerial.TryGetValue(serial, out var known))
        {
            return known.PublicKey;
        }

        WeChatPayLog.UnknownSerialThrottled(logger, serial, UnknownSerialDownloadInterval);
        return null;
    }

    /// <summary>At most one download per <see cref="UnknownSerialDownloadInterval"/> for unauthenticated input, whatever the serial.</summary>
    private bool TryClaimUnauthenticatedDownload(DateTimeOffset now)
    {
        lock (gate)
        {
            if (now - lastUnauthenticatedDownload < UnknownSerialDownloadInterval)
            {
                return false;
            }

            lastUnauthenticatedDownload = now;
            return true;
        }
    }

    /// <summary>A download that started after <paramref name="seenAfter"/> downloads had started: the running one if it did, else a new one (after the running one).</summary>
    private Task<PlatformCertificateSet> RefreshAsync(long seenAfter, CancellationToken cancellationToken)
    {
        Task<PlatformCertificateSet> task;
        lock (gate)
        {
            if (download is not null && downloadSequence > seenAfter)
            {
                task = download;
            }
            else
            {
                StartDownload(download is { IsCompleted: false } running ? running : null, fresh: true);
                task = download!;
            }
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>Starts the next download (under <see cref="gate"/>), after <paramref name="previous"/> when one is still running.</summary>
    /// <param name="previous">The download still running, or <see langword="null"/>.</param>
    /// <param name="fresh">
    /// An unknown serial asked for it: with a fleet, only a set downloaded after this moment may be adopted (the
    /// serial was seen before it), so a rotation is never answered with an older shared set.
    /// </param>
    private void StartDownload(Task<PlatformCertificateSet>? previous, bool fresh = false)
    {
        downloadSequence = Interlocked.Increment(ref startedDownloads);
        DateTimeOffset? notBefore = fresh ? time.GetUtcNow() : null;
        download = previous is null ? FetchAsync(notBefore) : DownloadAfterAsync(previous, notBefore);
    }

    private async Task<PlatformCertificateSet> DownloadAfterAsync(Task<PlatformCertificateSet> previous, DateTimeOffset? notBefore)
    {
        try
        {
            await previous.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MemberCardsException)
        {
            // The earlier download failed; this one is tried regardless.
        }

        return await FetchAsync(notBefore).ConfigureAwait(false);
    }

    /// <summary>
    /// One refresh of the set: without a fleet the download itself; with one, a set shared by the fleet that is newer
    /// than the one held here (and than <paramref name="notBefore"/>), else one download for the fleet under its lock.
    /// </summary>
    private Task<PlatformCertificateSet> FetchAsync(DateTimeOffset? notBefore)
    {
        if (sharing is null)
        {
            return DownloadAsync();
        }

        var have = Volatile.Read(ref certificates).DownloadedAt;
        return DownloadSharedAsync(sharing, notBefore is { } at && at > have ? at : have);
    }

    private async ValueTask<PlatformCertificateSet> GetCertificatesAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref certificates);
        if (current.NeverDownloaded)
        {
            return await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        if (time.GetUtcNow() - current.DownloadedAt >= Volatile.Read(ref options).CertificateRefreshInterval)
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

    /// <summary>
    /// The one place that fetches the platform certificates: GET <c>/v3/certificates</c>, decrypt each with the APIv3
    /// key, check the answer's signature, store the set. Every download (first use, background refresh, unknown serial)
    /// goes through here.
    /// </summary>
    private async Task<PlatformCertificateSet> DownloadAsync()
    {
        await Task.Yield();
        using var client = createClient();
        HttpResponseMessage response;
        try
        {
            response = await RestService.ForGenerated<IWeChatPayApi>(client, WeChatPayRefit.Settings).DownloadCertificatesAsync(certificateDownload: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or (MemberCardsException and not MemberCardsSignatureException and not MemberCardsFormatException))
        {
            throw new MemberCardsException(WeChatPayConstants.ServiceName, $"Could not download the WeChat Pay platform certificates (GET /v3/certificates): {ex.Message}", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
            var trusted = Volatile.Read(ref publicKey);
            if (response.StatusCode == HttpStatusCode.NotFound && trusted is not null)
            {
                return Store([]);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw WeChatPayErrors.FromResponse(response, body, registration);
            }

            var downloaded = ReadCertificates(body);
            if (downloaded.Count == 0 && trusted is null)
            {
                throw new MemberCardsException(WeChatPayConstants.ServiceName, "GET /v3/certificates returned no platform certificate. A merchant registered for the WeChat Pay public key must configure PublicKeyId + PublicKey.", null);
            }

            VerifyDownload(response, body, downloaded, trusted);
            Volatile.Write(ref verifiedBody, body);
            return Store(downloaded);
        }
    }

    /// <summary>Decrypts (and so authenticates, AES-256-GCM with the APIv3 key) every certificate of a <c>/v3/certificates</c> answer body.</summary>
    private Dictionary<string, PlatformCertificate> ReadCertificates(byte[] body)
    {
        var list = MemberCardsJson.Deserialize(body, WeChatPayJson.For<CertificateListBody>(), WeChatPayConstants.ServiceName);
        var downloaded = new Dictionary<string, PlatformCertificate>(StringComparer.Ordinal);
        foreach (var entry in list.Data ?? [])
        {
            var resource = entry.EncryptCertificate;
            if (string.IsNullOrEmpty(entry.SerialNo) || string.IsNullOrEmpty(resource?.Nonce) || string.IsNullOrEmpty(resource.Ciphertext))
            {
                throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "platform certificate list", "data[].encrypt_certificate", "an entry has no serial_no, nonce or ciphertext.");
            }

            var pem = AesGcmCipher.Decrypt(Volatile.Read(ref apiV3Key), resource.Nonce, resource.AssociatedData, resource.Ciphertext);
            using var certificate = PemKeys.LoadCertificate(pem);
            var key = certificate.GetRSAPublicKey()
                ?? throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "platform certificate", entry.SerialNo, "the certificate does not hold an RSA key.");
            downloaded[PemKeys.SerialNumberOf(certificate)] = new PlatformCertificate(PemKeys.SerialNumberOf(certificate), key, entry.ExpireTime ?? certificate.NotAfter);
        }

        return downloaded;
    }

    /// <summary>
    /// The download path with a fleet: adopt a set another instance downloaded after <paramref name="notBefore"/>, or
    /// download under the fleet lock (through <see cref="DownloadAsync"/>) and share it.
    /// </summary>
    private Task<PlatformCertificateSet> DownloadSharedAsync(WeChatPayCertificateSharing fleet, DateTimeOffset notBefore)
        => fleet.RefreshAsync(
            notBefore,
            Adopt,
            async () =>
            {
                var set = await DownloadAsync().ConfigureAwait(false);
                return (set, Interlocked.Exchange(ref verifiedBody, null));
            });

    /// <summary>Takes a certificate list body another instance of the fleet downloaded and verified (each certificate is authenticated again as it is decrypted with the APIv3 key).</summary>
    private PlatformCertificateSet Adopt(byte[] body, DateTimeOffset downloadedAt)
    {
        var set = new PlatformCertificateSet(ReadCertificates(body), downloadedAt);
        Volatile.Write(ref certificates, set);
        return set;
    }

    private void VerifyDownload(HttpResponseMessage response, byte[] body, Dictionary<string, PlatformCertificate> downloaded, WeChatPayTrustedPublicKey? trusted)
    {
        // The list was decrypted with the APIv3 key (authenticated); its answer must also be signed by a key it lists or we trust.
        var serial = WeChatPayHeaders.Get(response, WeChatPayConstants.SerialHeader);
        RSA? key = serial is null ? null
            : downloaded.TryGetValue(serial, out var listed) ? listed.PublicKey
            : trusted is not null && string.Equals(serial, trusted.Id, StringComparison.Ordinal) ? trusted.Key
            : Volatile.Read(ref certificates).BySerial.TryGetValue(serial, out var known) ? known.PublicKey : null;
        var failure = key is null
            ? new SignatureCheck(serial is null ? SignatureFailureReason.MissingHeaders : SignatureFailureReason.UnknownSerial, $"the answer names serial '{serial}', which is neither a downloaded certificate nor the configured public key.")
            : ResponseSignature.Evaluate(key, WeChatPayHeaders.Get(response, WeChatPayConstants.TimestampHeader), WeChatPayHeaders.Get(response, WeChatPayConstants.NonceHeader), WeChatPayHeaders.Get(response, WeChatPayConstants.SignatureHeader), body, time.GetUtcNow());
        if (failure.Failed)
        {
            throw WeChatPaySignatureVerifier.Failed(failure, "the platform certificate list");
        }
    }

    private PlatformCertificateSet Store(Dictionary<string, PlatformCertificate> downloaded)
    {
        var set = new PlatformCertificateSet(downloaded, time.GetUtcNow());
        Volatile.Write(ref certificates, set);
        Interlocked.Increment(ref downloadCount);
        MemberCardsTelemetry.Refreshes.Add(1, new KeyValuePair<string, object?>("service", WeChatPayConstants.ServiceName), new KeyValuePair<string, object?>("kind", "platform-certificates"));
        WeChatPayLog.CertificatesDownloaded(logger, downloaded.Count, string.Join(", ", downloaded.Keys));
        return set;
    }
}
