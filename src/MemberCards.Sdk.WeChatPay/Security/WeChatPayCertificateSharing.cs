using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Caching.Distributed;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Shares one merchant's downloaded platform certificate list with the fleet: the instance that holds the
/// <see cref="IMemberCardsLockProvider"/> lock downloads (and verifies) it and stores the answer body in
/// <see cref="IDistributedCache"/>; the others adopt that body. The body's certificates are AES-256-GCM encrypted
/// with the APIv3 key, so an instance that adopts it authenticates every certificate when it decrypts it; the
/// cache holds no secret. When the cache or the lock cannot be reached, the instance downloads on its own.
/// </summary>
internal sealed class WeChatPayCertificateSharing(IDistributedCache cache, IMemberCardsLockProvider locks, TimeProvider time, ILogger logger, string merchantId, TimeSpan refreshInterval)
{
    private const string Version = "v1";
    private static readonly TimeSpan LockTimeToLive = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan WaitForOther = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private readonly string cacheKey = "membercards:wechatpay:certificates:" + merchantId;
    private readonly string lockName = "wechatpay:certificates:" + merchantId;
    private readonly string unauthenticatedLeaseName = "wechatpay:unknown-serial-download:" + merchantId;
    private int down;

    /// <summary>
    /// A set newer than <paramref name="have"/> (and younger than the refresh interval) from the fleet, or a download
    /// made here under the fleet lock and shared.
    /// </summary>
    /// <param name="have">When the set this instance holds was downloaded.</param>
    /// <param name="adopt">Decrypts a shared body into the instance's set (with the time it was downloaded).</param>
    /// <param name="download">Downloads and verifies; returns the set and the verified body (null when nothing to share).</param>
    public async Task<PlatformCertificateSet> RefreshAsync(DateTimeOffset have, Func<byte[], DateTimeOffset, PlatformCertificateSet> adopt, Func<Task<(PlatformCertificateSet Set, byte[]? Body)>> download)
    {
        MemberCardsLock? held = null;
        var waited = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                if (Newer(await ReadAsync().ConfigureAwait(false), have) is { } shared)
                {
                    Up();
                    return adopt(shared.Body, shared.DownloadedAt);
                }

                held = await locks.TryAcquireAsync(lockName, LockTimeToLive).ConfigureAwait(false);
                if (held is not null || waited.Elapsed > WaitForOther)
                {
                    break;
                }

                await Task.Delay(PollInterval).ConfigureAwait(false);
            }

            if (held is not null && Newer(await ReadAsync().ConfigureAwait(false), have) is { } sharedMeanwhile)
            {
                Up();
                return adopt(sharedMeanwhile.Body, sharedMeanwhile.DownloadedAt);
            }
        }
        catch (Exception ex)
        {
            Down(ex);
            if (held is not null)
            {
                await ReleaseQuietlyAsync(held).ConfigureAwait(false);
            }

            return (await download().ConfigureAwait(false)).Set;
        }

        try
        {
            var (set, body) = await download().ConfigureAwait(false);
            if (body is not null)
            {
                await WriteQuietlyAsync(body, set.DownloadedAt).ConfigureAwait(false);
            }

            return set;
        }
        finally
        {
            if (held is not null)
            {
                await ReleaseQuietlyAsync(held).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Claims the fleet's one download caused by unauthenticated input (a notification naming an unknown serial) per
    /// <paramref name="interval"/>: a lease taken through the lock provider and never released, so it ends when it
    /// expires. When the fleet cannot be reached the claim is granted: the instance's own bound still holds.
    /// </summary>
    /// <param name="interval">How long the claim lasts.</param>
    /// <returns>Whether this instance may download.</returns>
    public async Task<bool> TryClaimUnauthenticatedDownloadAsync(TimeSpan interval)
    {
        try
        {
            var lease = await locks.TryAcquireAsync(unauthenticatedLeaseName, interval).ConfigureAwait(false);
            Up();
            return lease is not null;
        }
        catch (Exception ex)
        {
            Down(ex);
            return true;
        }
    }

    /// <summary>The fleet's shared set when it is newer than <paramref name="have"/> (adopted), else <see langword="null"/>; never downloads.</summary>
    /// <param name="have">When the set this instance holds was downloaded.</param>
    /// <param name="adopt">Decrypts a shared body into the instance's set.</param>
    /// <returns>The adopted set, or <see langword="null"/>.</returns>
    public async Task<PlatformCertificateSet?> TryAdoptAsync(DateTimeOffset have, Func<byte[], DateTimeOffset, PlatformCertificateSet> adopt)
    {
        try
        {
            return Newer(await ReadAsync().ConfigureAwait(false), have) is { } shared ? adopt(shared.Body, shared.DownloadedAt) : null;
        }
        catch (Exception ex) when (ex is not MemberCardsException)
        {
            Down(ex);
            return null;
        }
    }

    private (byte[] Body, DateTimeOffset DownloadedAt)? Newer((byte[] Body, DateTimeOffset DownloadedAt)? shared, DateTimeOffset have)
        => shared is { } s && s.DownloadedAt > have && time.GetUtcNow() - s.DownloadedAt < refreshInterval ? s : null;

    private async Task<(byte[] Body, DateTimeOffset DownloadedAt)?> ReadAsync()
    {
        var bytes = await cache.GetAsync(cacheKey).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split('|', 3);
        if (parts.Length != 3 || parts[0] != Version || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var at))
        {
            return null;
        }

        try
        {
            return (Convert.FromBase64String(parts[2]), DateTimeOffset.FromUnixTimeMilliseconds(at));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task WriteQuietlyAsync(byte[] body, DateTimeOffset downloadedAt)
    {
        var entry = Encoding.UTF8.GetBytes(string.Join('|', Version, downloadedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(body)));
        try
        {
            await cache.SetAsync(cacheKey, entry, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = refreshInterval + refreshInterval }).ConfigureAwait(false);
            Up();
        }
        catch (Exception ex)
        {
            Down(ex);
        }
    }

    private async Task ReleaseQuietlyAsync(MemberCardsLock held)
    {
        try
        {
            await locks.ReleaseAsync(held).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Down(ex);
        }
    }

    private void Down(Exception ex)
    {
        if (Interlocked.Exchange(ref down, 1) == 0)
        {
            WeChatPayLog.CertificateSharingUnavailable(logger, merchantId, ex.GetType().Name);
        }
    }

    private void Up() => Interlocked.Exchange(ref down, 0);
}
