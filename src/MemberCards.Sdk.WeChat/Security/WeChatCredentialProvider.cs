namespace MemberCards.Sdk.WeChat;

/// <summary>
/// What the access_token and ticket providers share: the pieces every <see cref="WeChatFleetCredential"/> of one AppId is
/// built on (shared cache, fleet lock, clock), the client a fetch goes through, and the checks and count every
/// credential answer gets. A subclass says only which endpoint it asks and how it logs what it got.
/// </summary>
/// <param name="appId">The AppId the credentials belong to.</param>
/// <param name="current">The registration's options as they are now (reloaded configuration).</param>
/// <param name="httpClientName">The name of the client a fetch goes through.</param>
/// <param name="httpClientFactory">Creates that client.</param>
/// <param name="cache">The shared cache.</param>
/// <param name="locks">The fleet lock.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal abstract class WeChatCredentialProvider(string appId, Func<WeChatCardsOptions> current, string httpClientName, IHttpClientFactory httpClientFactory, IDistributedCache cache, IMemberCardsLockProvider locks, TimeProvider time, ILogger logger)
{
    /// <summary>The AppId the credentials belong to.</summary>
    public string AppId { get; } = appId;

    /// <summary>The registration's options as they are now.</summary>
    protected Func<WeChatCardsOptions> Current { get; } = current;

    /// <summary>The clock.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>The logger.</summary>
    protected ILogger Logger { get; } = logger;

    /// <summary>One credential held the fleet-safe way under <paramref name="cacheKey"/> and <paramref name="lockName"/>.</summary>
    protected WeChatFleetCredential Credential(string cacheKey, string lockName, Func<string?, CancellationToken, Task<CachedCredential>> fetch, Action<Exception> onFleetDown, Action onFleetUp)
        => new(cacheKey, lockName, cache, locks, Time, fetch, onFleetDown, onFleetUp);

    /// <summary>
    /// Sends one credential request and checks its answer: a request that may or may not have arrived is a plain
    /// failure (asking for a credential changes nothing that matters to the caller), a JSON null or an answer
    /// without the value or a positive <c>expires_in</c> is a format error, and a good answer is counted in
    /// <see cref="MemberCardsTelemetry.Refreshes"/>.
    /// </summary>
    /// <param name="operation">The request as an error names it (<c>GET /cgi-bin/token</c>).</param>
    /// <param name="valueName">The answer's field that holds the credential (<c>access_token</c>, <c>ticket</c>).</param>
    /// <param name="answerName">The answer as a format error names it.</param>
    /// <param name="kind">The <c>kind</c> tag of the refresh metric.</param>
    /// <param name="send">Sends the request.</param>
    /// <param name="read">The credential and its <c>expires_in</c> in an answer.</param>
    /// <returns>The credential and its lifetime in seconds.</returns>
    protected async Task<(string Value, long ExpiresIn)> RequestAsync<TAnswer>(string operation, string valueName, string answerName, string kind, Func<IWeChatApi, Task<TAnswer>> send, Func<TAnswer, (string? Value, long? ExpiresIn)> read)
        where TAnswer : class
    {
        // The client's pipeline maps errcodes and HTTP errors to MemberCardsApiException (see WeChatErrorMapper).
        var api = RestService.ForGenerated<IWeChatApi>(httpClientFactory.CreateClient(httpClientName), WeChatClientFactory.Settings);
        TAnswer? answer;
        try
        {
            answer = await send(api).ConfigureAwait(false);
        }
        catch (MemberCardsOutcomeUnknownException ex)
        {
            throw new MemberCardsException(WeChatConstants.ServiceName, $"WeChat {operation} for AppId {AppId} failed: {ex.InnerException?.GetType().Name ?? ex.GetType().Name}.", ex.InnerException ?? ex);
        }

        if (answer is null)
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, answerName, "$", "The body is JSON null.");
        }

        var (value, expiresIn) = read(answer);
        if (string.IsNullOrEmpty(value) || expiresIn is not > 0)
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, answerName, "$", $"{valueName} or a positive expires_in is missing.");
        }

        MemberCardsTelemetry.Refreshes.Add(1, new KeyValuePair<string, object?>("service", WeChatConstants.ServiceName), new KeyValuePair<string, object?>("kind", kind));
        return (value, expiresIn.Value);
    }
}
