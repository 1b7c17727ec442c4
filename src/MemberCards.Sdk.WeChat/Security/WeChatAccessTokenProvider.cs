namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The default <see cref="IWeChatAccessTokenProvider"/>: the token is a <see cref="WeChatFleetCredential"/> (local copy,
/// then distributed cache, then one token request per AppId for the whole fleet); this class only says how a token is
/// fetched and how a rejected one is replaced.
/// </summary>
internal sealed class WeChatAccessTokenProvider : WeChatCredentialProvider, IWeChatAccessTokenProvider
{
    private readonly WeChatCardsOptions created;
    private readonly WeChatFleetCredential token;
    private DateTimeOffset lastForcedAt = DateTimeOffset.MinValue;

    /// <param name="options">The options it is created for: they fix the AppId, the token mode and the cache key.</param>
    /// <param name="current">The registration's options as they are now (reloaded configuration): the AppSecret, <c>RefreshBeforeExpiry</c> and <c>ForceRefreshInterval</c> are read from them at every fetch.</param>
    /// <param name="httpClientName">The token client's name.</param>
    /// <param name="httpClientFactory">Creates the token client.</param>
    /// <param name="cache">The shared token cache.</param>
    /// <param name="locks">The fleet lock.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public WeChatAccessTokenProvider(WeChatCardsOptions options, Func<WeChatCardsOptions> current, string httpClientName, IHttpClientFactory httpClientFactory, IDistributedCache cache, IMemberCardsLockProvider locks, TimeProvider time, ILogger logger)
        : base(options.AppId, current, httpClientName, httpClientFactory, cache, locks, time, logger)
    {
        created = options;
        var family = options.TokenMode == WeChatTokenMode.Stable ? "stable" : "classic";
        token = Credential(
            $"{options.CacheKeyPrefix}{family}:{options.AppId}",
            $"wechat:token:{family}:{options.AppId}",
            FetchAsync,
            ex => WeChatLog.TokenFleetFallback(logger, AppId, ex.GetType().Name),
            () => WeChatLog.TokenFleetResumed(logger, AppId));
    }

    /// <summary>
    /// The registration's current options while they still name this provider's AppId and token mode (a reloaded
    /// AppSecret or timing applies to the next fetch); the options it was created with once they name another
    /// account, which gets a provider of its own.
    /// </summary>
    private WeChatCardsOptions Options
    {
        get
        {
            var now = Current();
            return string.Equals(now.AppId, created.AppId, StringComparison.Ordinal) && now.TokenMode == created.TokenMode ? now : created;
        }
    }

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) => token.GetAsync(cancellationToken);

    public ValueTask<string> RenewRejectedAsync(string rejectedToken, CancellationToken cancellationToken = default) => token.RenewRejectedAsync(rejectedToken, cancellationToken);

    public Task InvalidateAsync(CancellationToken cancellationToken = default) => token.InvalidateAsync(cancellationToken);

    public override string ToString() => $"WeChatAccessTokenProvider {{ AppId = {created.AppId}, Mode = {created.TokenMode} }}";

    private async Task<CachedCredential> FetchAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        if (rejectedToken is null)
        {
            return await RequestAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        }

        // Always a normal request first: a forced one invalidates the token every other instance holds (they
        // would then force in turn) and spends the platform's 20-a-day quota. Only when WeChat still answers the
        // very token it just rejected (a token revoked but still handed out) is force_refresh the way out.
        WeChatLog.TokenRejected(Logger, AppId);
        var fresh = await RequestAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        if (created.TokenMode == WeChatTokenMode.Stable && fresh.Value == rejectedToken && MayForce(Time.GetUtcNow()))
        {
            fresh = await RequestAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
        }

        return fresh;
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

    private async Task<CachedCredential> RequestAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var options = Options;
        var stable = options.TokenMode == WeChatTokenMode.Stable;
        var (value, expiresIn) = await RequestAsync(
            stable ? "POST /cgi-bin/stable_token" : "GET /cgi-bin/token",
            "access_token",
            "access_token answer",
            "access_token",
            api => stable
                ? api.GetStableTokenAsync(new StableTokenRequest { AppId = options.AppId, Secret = options.AppSecret, ForceRefresh = forceRefresh ? true : null }, cancellationToken)
                : api.GetClassicTokenAsync(options.AppId, options.AppSecret, cancellationToken),
            answer => (answer.AccessToken, answer.ExpiresIn)).ConfigureAwait(false);
        WeChatLog.TokenFetched(Logger, options.AppId, options.TokenMode, forceRefresh, expiresIn);
        return CachedCredential.Issued(value, Time.GetUtcNow(), TimeSpan.FromSeconds(expiresIn), options.RefreshBeforeExpiry);
    }
}
