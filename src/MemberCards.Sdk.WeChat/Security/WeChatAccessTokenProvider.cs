using System.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Refit;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The default <see cref="IWeChatAccessTokenProvider"/>: local copy, then distributed cache, then one token request
/// per AppId for the whole fleet (under an <see cref="IMemberCardsLockProvider"/> lock; the others wait for the
/// shared token). When the shared cache or the lock cannot be reached, it falls back to one request per process.
/// </summary>
internal sealed partial class WeChatAccessTokenProvider : IWeChatAccessTokenProvider
{
    /// <summary>How long the fleet lock of a token fetch is held at most (a crashed holder frees it after that).</summary>
    internal static readonly TimeSpan FetchLockTimeToLive = TimeSpan.FromSeconds(30);

    /// <summary>How often a waiter looks for the token another instance is fetching.</summary>
    internal static readonly TimeSpan FleetPollInterval = TimeSpan.FromMilliseconds(25);

    private readonly WeChatCardsOptions created;
    private readonly Func<WeChatCardsOptions> current;
    private readonly string httpClientName;
    private readonly IHttpClientFactory httpClientFactory;
    private readonly IDistributedCache cache;
    private readonly IMemberCardsLockProvider locks;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly string cacheKey;
    private readonly string lockName;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile CachedAccessToken? local;
    private DateTimeOffset lastForcedAt = DateTimeOffset.MinValue;
    private int fleetDown;

    /// <param name="options">The options it is created for: they fix the AppId, the token mode and the cache key.</param>
    /// <param name="current">The registration's options as they are now (reloaded configuration): the AppSecret, <c>RefreshBeforeExpiry</c> and <c>ForceRefreshInterval</c> are read from them at every fetch.</param>
    /// <param name="httpClientName">The token client's name.</param>
    /// <param name="httpClientFactory">Creates the token client.</param>
    /// <param name="cache">The shared token cache.</param>
    /// <param name="locks">The fleet lock.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public WeChatAccessTokenProvider(WeChatCardsOptions options, Func<WeChatCardsOptions> current, string httpClientName, IHttpClientFactory httpClientFactory, IDistributedCache cache, IMemberCardsLockProvider locks, TimeProvider time, ILogger logger)
    {
        created = options;
        this.current = current;
        this.httpClientName = httpClientName;
        this.httpClientFactory = httpClientFactory;
        this.cache = cache;
        this.locks = locks;
        this.time = time;
        this.logger = logger;
        var family = options.TokenMode == WeChatTokenMode.Stable ? "stable" : "classic";
        cacheKey = $"{options.CacheKeyPrefix}{family}:{options.AppId}";
        lockName = $"wechat:token:{family}:{options.AppId}";
    }

    public string AppId => created.AppId;

    /// <summary>
    /// The registration's current options while they still name this provider's AppId and token mode (a reloaded
    /// AppSecret or timing applies to the next fetch); the options it was created with once they name another
    /// account, which gets a provider of its own.
    /// </summary>
    private WeChatCardsOptions Options
    {
        get
        {
            var now = current();
            return string.Equals(now.AppId, created.AppId, StringComparison.Ordinal) && now.TokenMode == created.TokenMode ? now : created;
        }
    }

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var current = local;
        return current is not null && current.IsFresh(time.GetUtcNow())
            ? new ValueTask<string>(current.Token)
            : new ValueTask<string>(GetSlowAsync(cancellationToken));
    }

    public async ValueTask<string> RenewRejectedAsync(string rejectedToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(rejectedToken);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = local;
            if (current is not null && current.Token != rejectedToken && current.IsFresh(time.GetUtcNow()))
            {
                return current.Token;
            }

            local = null;

            // Once per fleet: only the instance that still finds the rejected token shared (under the lock) renews it.
            return await ObtainAsync(rejectedToken, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        local = null;
        await cache.RemoveAsync(cacheKey, cancellationToken).ConfigureAwait(false);
    }

    public override string ToString() => $"WeChatAccessTokenProvider {{ AppId = {created.AppId}, Mode = {created.TokenMode} }}";

    private async Task<string> GetSlowAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = local;
            if (current is not null && current.IsFresh(time.GetUtcNow()))
            {
                return current.Token;
            }

            return await ObtainAsync(rejectedToken: null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Under the process gate: a shared token that is fresh (and not the rejected one), else one fetch for the fleet
    /// under the lock while the other instances wait for its result; per process when the fleet store is down.
    /// </summary>
    private async Task<string> ObtainAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        // Real time, like the lock's TTL in the store.
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            MemberCardsLock? held = null;
            try
            {
                if (Usable(await ReadSharedAsync(cancellationToken).ConfigureAwait(false), rejectedToken) is { } shared)
                {
                    FleetUp();
                    local = shared;
                    return shared.Token;
                }

                held = await locks.TryAcquireAsync(lockName, FetchLockTimeToLive, cancellationToken).ConfigureAwait(false);
                if (held is not null && Usable(await ReadSharedAsync(cancellationToken).ConfigureAwait(false), rejectedToken) is { } renewed)
                {
                    await locks.ReleaseAsync(held, CancellationToken.None).ConfigureAwait(false);
                    FleetUp();
                    local = renewed;
                    return renewed.Token;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The shared cache or the lock is unreachable: this process fetches on its own (still one request per process).
                FleetDown(ex);
                await ReleaseQuietlyAsync(held).ConfigureAwait(false);
                return (await FetchAndStoreAsync(rejectedToken, shareIt: false, cancellationToken).ConfigureAwait(false)).Token;
            }

            if (held is not null)
            {
                FleetUp();
                try
                {
                    return (await FetchAndStoreAsync(rejectedToken, shareIt: true, cancellationToken).ConfigureAwait(false)).Token;
                }
                finally
                {
                    await ReleaseQuietlyAsync(held).ConfigureAwait(false);
                }
            }

            if (Stopwatch.GetElapsedTime(started) > FetchLockTimeToLive + FetchLockTimeToLive)
            {
                // The holder neither finished nor let its lock expire in time (a skewed clock): fetch here.
                return (await FetchAndStoreAsync(rejectedToken, shareIt: true, cancellationToken).ConfigureAwait(false)).Token;
            }

            // Another instance is fetching: wait for its token (real time, like the lock's TTL).
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

    private CachedAccessToken? Usable(CachedAccessToken? shared, string? rejectedToken)
        => shared is not null && shared.Token != rejectedToken && shared.IsFresh(time.GetUtcNow()) ? shared : null;

    private async Task<CachedAccessToken?> ReadSharedAsync(CancellationToken cancellationToken)
        => CachedAccessToken.FromBytes(await cache.GetAsync(cacheKey, cancellationToken).ConfigureAwait(false));

    private async Task<CachedAccessToken> FetchAndStoreAsync(string? rejectedToken, bool shareIt, CancellationToken cancellationToken)
    {
        CachedAccessToken fresh;
        if (rejectedToken is null)
        {
            fresh = await FetchAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Always a normal request first: a forced one invalidates the token every other instance holds (they
            // would then force in turn) and spends the platform's 20-a-day quota. Only when WeChat still answers the
            // very token it just rejected (a token revoked but still handed out) is force_refresh the way out.
            WeChatLog.TokenRejected(logger, created.AppId);
            fresh = await FetchAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
            if (created.TokenMode == WeChatTokenMode.Stable && fresh.Token == rejectedToken && MayForce(time.GetUtcNow()))
            {
                fresh = await FetchAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
            }
        }

        local = fresh;
        try
        {
            await StoreAsync(fresh, cancellationToken).ConfigureAwait(false);
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
            WeChatLog.TokenFleetFallback(logger, created.AppId, ex.GetType().Name);
        }
    }

    private void FleetUp()
    {
        if (Volatile.Read(ref fleetDown) == 1 && Interlocked.Exchange(ref fleetDown, 0) == 1)
        {
            WeChatLog.TokenFleetResumed(logger, created.AppId);
        }
    }

    private bool MayForce(DateTimeOffset now)
    {
        if (now - lastForcedAt < Options.ForceRefreshInterval)
        {
            return false;
        }

        lastForcedAt = now;
        return true;
    }

    private async Task StoreAsync(CachedAccessToken token, CancellationToken cancellationToken)
    {
        var lifetime = token.ExpiresAt - time.GetUtcNow();
        if (lifetime > TimeSpan.Zero)
        {
            await cache.SetAsync(cacheKey, token.ToBytes(), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CachedAccessToken> FetchAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        // The token client's pipeline maps errcodes and HTTP errors to MemberCardsApiException (see WeChatErrorMapper).
        var options = Options;
        var api = RestService.ForGenerated<IWeChatApi>(httpClientFactory.CreateClient(httpClientName), WeChatClientFactory.Settings);
        var operation = options.TokenMode == WeChatTokenMode.Stable ? "POST /cgi-bin/stable_token" : "GET /cgi-bin/token";
        AccessTokenResponse? answer;
        try
        {
            answer = options.TokenMode == WeChatTokenMode.Stable
                ? await api.GetStableTokenAsync(new StableTokenRequest { AppId = options.AppId, Secret = options.AppSecret, ForceRefresh = forceRefresh ? true : null }, cancellationToken).ConfigureAwait(false)
                : await api.GetClassicTokenAsync(options.AppId, options.AppSecret, cancellationToken).ConfigureAwait(false);
        }
        catch (MemberCardsOutcomeUnknownException ex)
        {
            // Asking for a token changes nothing that matters to the caller: a failed request is just a failure.
            throw new MemberCardsException(WeChatConstants.ServiceName, $"WeChat {operation} for AppId {options.AppId} failed: {ex.InnerException?.GetType().Name ?? ex.GetType().Name}.", ex.InnerException ?? ex);
        }

        if (answer is null)
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, "access_token answer", "$", "The body is JSON null.");
        }

        if (string.IsNullOrEmpty(answer.AccessToken) || answer.ExpiresIn is not > 0)
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, "access_token answer", "$", "access_token or a positive expires_in is missing.");
        }

        var now = time.GetUtcNow();
        var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn.Value);
        var margin = options.RefreshBeforeExpiry < lifetime / 2 ? options.RefreshBeforeExpiry : lifetime / 2;
        MemberCardsTelemetry.Refreshes.Add(1, new KeyValuePair<string, object?>("service", WeChatConstants.ServiceName), new KeyValuePair<string, object?>("kind", "access_token"));
        WeChatLog.TokenFetched(logger, options.AppId, options.TokenMode, forceRefresh, answer.ExpiresIn.Value);
        return new CachedAccessToken(answer.AccessToken, now + lifetime - margin, now + lifetime);
    }
}
