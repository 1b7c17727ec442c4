namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The default <see cref="IWeChatTicketProvider"/>: one <see cref="WeChatFleetCredential"/> per ticket type, fetched
/// with <c>getticket</c> over the registration's card API client, whose auth step adds the access_token and renews it
/// once when WeChat answers 40001, 40014 or 42001.
/// </summary>
internal sealed class WeChatTicketProvider : WeChatCredentialProvider, IWeChatTicketProvider
{
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
        : base(options.AppId, current, apiClientName, httpClientFactory, cache, locks, time, logger)
    {
        jsApi = Credential(options, WeChatTicketType.JsApi);
        wxCard = Credential(options, WeChatTicketType.WxCard);
    }

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

    private WeChatFleetCredential Credential(WeChatCardsOptions options, WeChatTicketType type)
    {
        var wire = WireName(type);
        return Credential(
            $"{options.CacheKeyPrefix}ticket:{wire}:{options.AppId}",
            $"wechat:ticket:{wire}:{options.AppId}",
            (rejected, cancellationToken) => FetchAsync(wire, rejected, cancellationToken),
            ex => WeChatLog.TicketFleetFallback(Logger, AppId, wire, ex.GetType().Name),
            () => WeChatLog.TicketFleetResumed(Logger, AppId, wire));
    }

    private async Task<CachedCredential> FetchAsync(string wire, string? rejected, CancellationToken cancellationToken)
    {
        if (rejected is not null)
        {
            WeChatLog.TicketRejected(Logger, AppId, wire);
        }

        var (value, expiresIn) = await RequestAsync(
            $"GET /cgi-bin/ticket/getticket?type={wire}",
            "ticket",
            "getticket answer",
            wire + "_ticket",
            api => api.GetTicketAsync(wire, cancellationToken),
            answer => (answer.Ticket, answer.ExpiresIn)).ConfigureAwait(false);
        WeChatLog.TicketFetched(Logger, AppId, wire, expiresIn);
        return CachedCredential.Issued(value, Time.GetUtcNow(), TimeSpan.FromSeconds(expiresIn), Current().RefreshBeforeExpiry);
    }
}
