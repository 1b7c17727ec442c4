namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The default <see cref="IWeChatTicketProvider"/>: one <see cref="WeChatFleetCredential"/> per ticket type, fetched
/// with <c>getticket</c> over the registration's card API client, whose auth step adds the access_token and renews it
/// once when WeChat answers 40001, 40014 or 42001.
/// </summary>
internal sealed class WeChatTicketProvider : IWeChatTicketProvider
{
    private readonly Func<WeChatCardsOptions> current;
    private readonly string apiClientName;
    private readonly IHttpClientFactory httpClientFactory;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly WeChatFleetCredential jsApi;
    private readonly WeChatFleetCredential wxCard;

    /// <param name="options">The options it is created for: they fix the AppId and the cache keys.</param>
    /// <param name="current">The registration's options as they are now: <c>RefreshBeforeExpiry</c> is read at every fetch.</param>
    /// <param name="apiClientName">The card API client's name (the one with the access_token step).</param>
    /// <param name="httpClientFactory">Creates that client.</param>
    /// <param name="cache">The shared cache.</param>
    /// <param name="locks">The fleet lock.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public WeChatTicketProvider(WeChatCardsOptions options, Func<WeChatCardsOptions> current, string apiClientName, IHttpClientFactory httpClientFactory, IDistributedCache cache, IMemberCardsLockProvider locks, TimeProvider time, ILogger logger)
    {
        AppId = options.AppId;
        this.current = current;
        this.apiClientName = apiClientName;
        this.httpClientFactory = httpClientFactory;
        this.time = time;
        this.logger = logger;
        jsApi = Credential(options, WeChatTicketType.JsApi, cache, locks);
        wxCard = Credential(options, WeChatTicketType.WxCard, cache, locks);
    }

    public string AppId { get; }

    public ValueTask<string> GetTicketAsync(WeChatTicketType type, CancellationToken cancellationToken = default) => Of(type).GetAsync(cancellationToken);

    public ValueTask<string> RenewRejectedAsync(WeChatTicketType type, string rejectedTicket, CancellationToken cancellationToken = default) => Of(type).RenewRejectedAsync(rejectedTicket, cancellationToken);

    public Task InvalidateAsync(WeChatTicketType type, CancellationToken cancellationToken = default) => Of(type).InvalidateAsync(cancellationToken);

    public override string ToString() => $"WeChatTicketProvider {{ AppId = {AppId} }}";

    /// <summary>The <c>type</c> query value of <paramref name="type"/>.</summary>
    internal static string WireName(WeChatTicketType type) => type switch
    {
        WeChatTicketType.JsApi => WeChatConstants.JsApiTicketType,
        WeChatTicketType.WxCard => WeChatConstants.CardTicketType,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a WeChat ticket type."),
    };

    private WeChatFleetCredential Of(WeChatTicketType type) => type switch
    {
        WeChatTicketType.JsApi => jsApi,
        WeChatTicketType.WxCard => wxCard,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a WeChat ticket type."),
    };

    private WeChatFleetCredential Credential(WeChatCardsOptions options, WeChatTicketType type, IDistributedCache cache, IMemberCardsLockProvider locks)
    {
        var wire = WireName(type);
        return new WeChatFleetCredential(
            $"{options.CacheKeyPrefix}ticket:{wire}:{options.AppId}",
            $"wechat:ticket:{wire}:{options.AppId}",
            cache,
            locks,
            time,
            (rejected, cancellationToken) => FetchAsync(wire, rejected, cancellationToken),
            ex => WeChatLog.TicketFleetFallback(logger, AppId, wire, ex.GetType().Name),
            () => WeChatLog.TicketFleetResumed(logger, AppId, wire));
    }

    private async Task<CachedCredential> FetchAsync(string wire, string? rejected, CancellationToken cancellationToken)
    {
        if (rejected is not null)
        {
            WeChatLog.TicketRejected(logger, AppId, wire);
        }

        var api = RestService.ForGenerated<IWeChatApi>(httpClientFactory.CreateClient(apiClientName), WeChatClientFactory.Settings);
        TicketResponse? answer;
        try
        {
            answer = await api.GetTicketAsync(wire, cancellationToken).ConfigureAwait(false);
        }
        catch (MemberCardsOutcomeUnknownException ex)
        {
            // Asking for a ticket changes nothing that matters to the caller: a failed request is just a failure.
            throw new MemberCardsException(WeChatConstants.ServiceName, $"WeChat GET /cgi-bin/ticket/getticket?type={wire} for AppId {AppId} failed: {ex.InnerException?.GetType().Name ?? ex.GetType().Name}.", ex.InnerException ?? ex);
        }

        if (answer is null)
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, "getticket answer", "$", "The body is JSON null.");
        }

        if (string.IsNullOrEmpty(answer.Ticket) || answer.ExpiresIn is not > 0)
        {
            throw new MemberCardsFormatException(WeChatConstants.ServiceName, "getticket answer", "$", "ticket or a positive expires_in is missing.");
        }

        MemberCardsTelemetry.Refreshes.Add(1, new KeyValuePair<string, object?>("service", WeChatConstants.ServiceName), new KeyValuePair<string, object?>("kind", wire + "_ticket"));
        WeChatLog.TicketFetched(logger, AppId, wire, answer.ExpiresIn.Value);
        return CachedCredential.Issued(answer.Ticket, time.GetUtcNow(), TimeSpan.FromSeconds(answer.ExpiresIn.Value), current().RefreshBeforeExpiry);
    }
}
