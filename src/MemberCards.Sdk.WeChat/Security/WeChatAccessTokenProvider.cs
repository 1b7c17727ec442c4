using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Refit;

namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatAccessTokenProvider"/>: local copy, then distributed cache, then one token request.</summary>
internal sealed partial class WeChatAccessTokenProvider : IWeChatAccessTokenProvider
{
    private readonly WeChatCardsOptions options;
    private readonly string httpClientName;
    private readonly IHttpClientFactory httpClientFactory;
    private readonly IDistributedCache cache;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly string cacheKey;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile CachedAccessToken? local;
    private DateTimeOffset lastForcedAt = DateTimeOffset.MinValue;
    private string? lastRenewedToken;

    public WeChatAccessTokenProvider(WeChatCardsOptions options, string httpClientName, IHttpClientFactory httpClientFactory, IDistributedCache cache, TimeProvider time, ILogger logger)
    {
        this.options = options;
        this.httpClientName = httpClientName;
        this.httpClientFactory = httpClientFactory;
        this.cache = cache;
        this.time = time;
        this.logger = logger;
        cacheKey = $"{options.CacheKeyPrefix}{(options.TokenMode == WeChatTokenMode.Stable ? "stable" : "classic")}:{options.AppId}";
    }

    public string AppId => options.AppId;

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
            var now = time.GetUtcNow();
            var current = local;
            if (current is not null && current.Token != rejectedToken && current.IsFresh(now))
            {
                return current.Token;
            }

            var shared = CachedAccessToken.FromBytes(await cache.GetAsync(cacheKey, cancellationToken).ConfigureAwait(false));
            if (shared is not null && shared.Token != rejectedToken && shared.IsFresh(now))
            {
                local = shared;
                return shared.Token;
            }

            local = null;
            await cache.RemoveAsync(cacheKey, cancellationToken).ConfigureAwait(false);
            WeChatLog.TokenRejected(logger, options.AppId);
            var stable = options.TokenMode == WeChatTokenMode.Stable;
            var force = stable && rejectedToken == lastRenewedToken && MayForce(now);
            var fresh = await FetchAsync(force, cancellationToken).ConfigureAwait(false);
            if (stable && !force && fresh.Token == rejectedToken && MayForce(time.GetUtcNow()))
            {
                fresh = await FetchAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
            }

            lastRenewedToken = fresh.Token;
            await StoreAsync(fresh, cancellationToken).ConfigureAwait(false);
            return fresh.Token;
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

    public override string ToString() => $"WeChatAccessTokenProvider {{ AppId = {options.AppId}, Mode = {options.TokenMode} }}";

    private async Task<string> GetSlowAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            var current = local;
            if (current is not null && current.IsFresh(now))
            {
                return current.Token;
            }

            var shared = CachedAccessToken.FromBytes(await cache.GetAsync(cacheKey, cancellationToken).ConfigureAwait(false));
            if (shared is not null && shared.IsFresh(now))
            {
                local = shared;
                return shared.Token;
            }

            var fresh = await FetchAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
            await StoreAsync(fresh, cancellationToken).ConfigureAwait(false);
            return fresh.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool MayForce(DateTimeOffset now)
    {
        if (now - lastForcedAt < options.ForceRefreshInterval)
        {
            return false;
        }

        lastForcedAt = now;
        return true;
    }

    private async Task StoreAsync(CachedAccessToken token, CancellationToken cancellationToken)
    {
        local = token;
        var lifetime = token.ExpiresAt - time.GetUtcNow();
        if (lifetime > TimeSpan.Zero)
        {
            await cache.SetAsync(cacheKey, token.ToBytes(), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CachedAccessToken> FetchAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        // The token client's pipeline maps errcodes and HTTP errors to MemberCardsApiException (see WeChatErrorMapper).
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
