using System.Diagnostics;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// One credential of one AppId (the access_token, the jsapi_ticket or the wx_card api_ticket) held the fleet-safe way:
/// a local copy, then the distributed cache, then one fetch for the whole fleet under an
/// <see cref="IMemberCardsLockProvider"/> lock while the other instances wait for the shared result. When the shared cache
/// or the lock cannot be reached it falls back to one fetch per process. What a fetch is (which endpoint, how a rejected
/// value is replaced) is the owner's delegate; everything else is here, once for every credential.
/// </summary>
internal sealed class WeChatFleetCredential
{
    /// <summary>How long the fleet lock of a fetch is held at most (a crashed holder frees it after that).</summary>
    internal static readonly TimeSpan FetchLockTimeToLive = TimeSpan.FromSeconds(30);

    /// <summary>How often a waiter looks for the credential another instance is fetching.</summary>
    internal static readonly TimeSpan FleetPollInterval = TimeSpan.FromMilliseconds(25);

    private readonly string cacheKey;
    private readonly string lockName;
    private readonly IDistributedCache cache;
    private readonly IMemberCardsLockProvider locks;
    private readonly TimeProvider time;
    private readonly Func<string?, CancellationToken, Task<CachedCredential>> fetch;
    private readonly Action<Exception> onFleetDown;
    private readonly Action onFleetUp;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile CachedCredential? local;
    private int fleetDown;

    /// <param name="cacheKey">The distributed cache key of the credential.</param>
    /// <param name="lockName">The fleet lock's name.</param>
    /// <param name="cache">The shared cache.</param>
    /// <param name="locks">The fleet lock.</param>
    /// <param name="time">The clock (freshness); the lock's wait runs on real time.</param>
    /// <param name="fetch">Fetches a fresh credential; its argument is the rejected value being replaced, or <see langword="null"/>.</param>
    /// <param name="onFleetDown">Called once when the shared cache or lock stops answering (log it).</param>
    /// <param name="onFleetUp">Called once when they answer again.</param>
    public WeChatFleetCredential(string cacheKey, string lockName, IDistributedCache cache, IMemberCardsLockProvider locks, TimeProvider time, Func<string?, CancellationToken, Task<CachedCredential>> fetch, Action<Exception> onFleetDown, Action onFleetUp)
    {
        this.cacheKey = cacheKey;
        this.lockName = lockName;
        this.cache = cache;
        this.locks = locks;
        this.time = time;
        this.fetch = fetch;
        this.onFleetDown = onFleetDown;
        this.onFleetUp = onFleetUp;
    }

    /// <summary>A fresh value: the local copy without awaiting, otherwise the shared one or one fetch for the fleet.</summary>
    public ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var current = local;
        return current is not null && current.IsFresh(time.GetUtcNow())
            ? new ValueTask<string>(current.Value)
            : new ValueTask<string>(GetSlowAsync(cancellationToken));
    }

    /// <summary>Replaces <paramref name="rejected"/> once for the fleet; returns the successor another caller already got, if any.</summary>
    public async ValueTask<string> RenewRejectedAsync(string rejected, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(rejected);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = local;
            if (current is not null && current.Value != rejected && current.IsFresh(time.GetUtcNow()))
            {
                return current.Value;
            }

            local = null;

            // Once per fleet: only the instance that still finds the rejected value shared (under the lock) renews it.
            return await ObtainAsync(rejected, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the credential locally and in the distributed cache.</summary>
    public async Task InvalidateAsync(CancellationToken cancellationToken)
    {
        local = null;
        await cache.RemoveAsync(cacheKey, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> GetSlowAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = local;
            if (current is not null && current.IsFresh(time.GetUtcNow()))
            {
                return current.Value;
            }

            return await ObtainAsync(rejected: null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Under the process gate: a shared value that is fresh (and not the rejected one), else one fetch for the fleet
    /// under the lock while the other instances wait for its result; per process when the fleet store is down.
    /// </summary>
    private async Task<string> ObtainAsync(string? rejected, CancellationToken cancellationToken)
    {
        // Real time, like the lock's TTL in the store.
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            MemberCardsLock? held = null;
            try
            {
                if (Usable(await ReadSharedAsync(cancellationToken).ConfigureAwait(false), rejected) is { } shared)
                {
                    FleetUp();
                    local = shared;
                    return shared.Value;
                }

                held = await locks.TryAcquireAsync(lockName, FetchLockTimeToLive, cancellationToken).ConfigureAwait(false);
                if (held is not null && Usable(await ReadSharedAsync(cancellationToken).ConfigureAwait(false), rejected) is { } renewed)
                {
                    await locks.ReleaseAsync(held, CancellationToken.None).ConfigureAwait(false);
                    FleetUp();
                    local = renewed;
                    return renewed.Value;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The shared cache or the lock is unreachable: this process fetches on its own (still one request per process).
                FleetDown(ex);
                await ReleaseQuietlyAsync(held).ConfigureAwait(false);
                return (await FetchAndStoreAsync(rejected, shareIt: false, cancellationToken).ConfigureAwait(false)).Value;
            }

            if (held is not null)
            {
                FleetUp();
                try
                {
                    return (await FetchAndStoreAsync(rejected, shareIt: true, cancellationToken).ConfigureAwait(false)).Value;
                }
                finally
                {
                    await ReleaseQuietlyAsync(held).ConfigureAwait(false);
                }
            }

            if (Stopwatch.GetElapsedTime(started) > FetchLockTimeToLive + FetchLockTimeToLive)
            {
                // The holder neither finished nor let its lock expire in time (a skewed clock): fetch here.
                return (await FetchAndStoreAsync(rejected, shareIt: true, cancellationToken).ConfigureAwait(false)).Value;
            }

            // Another instance is fetching: wait for its result (real time, like the lock's TTL).
            await Task.Delay(FleetPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReleaseQuietlyAsync(MemberCardsLock? held)
    {
        if (held is null)
        {
            return;
        }

        try
        {
            await locks.ReleaseAsync(held, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The lock expires after its time to live.
            FleetDown(ex);
        }
    }

    private CachedCredential? Usable(CachedCredential? shared, string? rejected)
        => shared is not null && shared.Value != rejected && shared.IsFresh(time.GetUtcNow()) ? shared : null;

    private async Task<CachedCredential?> ReadSharedAsync(CancellationToken cancellationToken)
        => CachedCredential.FromBytes(await cache.GetAsync(cacheKey, cancellationToken).ConfigureAwait(false));

    private async Task<CachedCredential> FetchAndStoreAsync(string? rejected, bool shareIt, CancellationToken cancellationToken)
    {
        var fresh = await fetch(rejected, cancellationToken).ConfigureAwait(false);
        local = fresh;
        try
        {
            var lifetime = fresh.ExpiresAt - time.GetUtcNow();
            if (lifetime > TimeSpan.Zero)
            {
                await cache.SetAsync(cacheKey, fresh.ToBytes(), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (shareIt)
            {
                FleetDown(ex);
            }
        }

        return fresh;
    }

    private void FleetDown(Exception ex)
    {
        if (Interlocked.Exchange(ref fleetDown, 1) == 0)
        {
            onFleetDown(ex);
        }
    }

    private void FleetUp()
    {
        if (Volatile.Read(ref fleetDown) == 1 && Interlocked.Exchange(ref fleetDown, 0) == 1)
        {
            onFleetUp();
        }
    }
}
