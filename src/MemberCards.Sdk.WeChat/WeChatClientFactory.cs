using System.Collections.Concurrent;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The default <see cref="IWeChatClientFactory"/>; holds one token provider per AppId. A name that is not registered is
/// asked of the registration source (<c>AddWeChatCardsSource</c>) when <paramref name="sourced"/> is set.
/// </summary>
internal sealed class WeChatClientFactory(
    IOptionsMonitor<WeChatCardsOptions> options,
    MemberCardsHttpClientFactory httpClientFactory,
    IDistributedCache cache,
    IMemberCardsLockProvider locks,
    TimeProvider time,
    ILoggerFactory loggerFactory,
    MemberCardsRegistrations registrations,
    OutgoingClientRegistry clients,
    MemberCardsSourcedRegistrations<WeChatCardsOptions>? sourced = null) : IWeChatClientFactory
{
    /// <summary>The Refit settings of every WeChat client: the SDK's JSON conventions, no Refit exception escapes.</summary>
    internal static readonly RefitSettings Settings = MemberCardsRefit.CreateSettings(WeChatConstants.ServiceName, WeChatJsonContext.Wire, utf8Answers: true);

    private readonly ConcurrentDictionary<string, Lazy<WeChatAccessTokenProvider>> providers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<WeChatTicketProvider>> ticketProviders = new(StringComparer.Ordinal);
    private readonly ILogger cardLogger = loggerFactory.CreateLogger<WeChatCardClient>();

    public IWeChatCardClient Create(string name)
    {
        var settings = SettingsOf(name);
        return new WeChatCardClient(RestService.ForGenerated<IWeChatApi>(httpClientFactory.CreateClient(WeChatConstants.ApiClientName(name)), Settings), settings.AppId, cardLogger, time);
    }

    public TApi CreateApi<TApi>(string name)
        where TApi : class
    {
        SettingsOf(name);
        var settings = clients.ApiSettings(WeChatConstants.ServiceName, name, typeof(TApi), nameof(WeChatCardsBuilderExtensions.AddWeChatCards));
        return RestService.ForGenerated<TApi>(httpClientFactory.CreateClient(WeChatConstants.ApiClientName(name)), settings);
    }

    public IWeChatAccessTokenProvider GetAccessTokenProvider(string name) => Provider(name);

    internal WeChatAccessTokenProvider Provider(string name)
    {
        var settings = SettingsOf(name);

        // One provider per AppId (and token family and host): two names for the same account share one single-flight.
        return providers.GetOrAdd(TokenKey(settings), _ => new Lazy<WeChatAccessTokenProvider>(() => new WeChatAccessTokenProvider(
            settings,
            () => options.Get(name),
            WeChatConstants.TokenClientName(name),
            httpClientFactory,
            cache,
            locks,
            time,
            loggerFactory.CreateLogger<WeChatAccessTokenProvider>()))).Value;
    }

    public IWeChatTicketProvider GetTicketProvider(string name)
    {
        var settings = SettingsOf(name);

        // One provider per AppId and host: tickets do not depend on the token family.
        return ticketProviders.GetOrAdd(TicketKey(settings), _ => new Lazy<WeChatTicketProvider>(() => new WeChatTicketProvider(
            settings,
            () => options.Get(name),
            WeChatConstants.ApiClientName(name),
            httpClientFactory,
            cache,
            locks,
            time,
            loggerFactory.CreateLogger<WeChatTicketProvider>()))).Value;
    }

    /// <summary>
    /// Drops the token and ticket providers of a sourced account's previous options (re-read, invalidated or
    /// offboarded), so the next use builds them from the options of now. The token and the ticket themselves stay in
    /// the distributed cache under the AppId: a re-read fetches neither again. A registered name for the same AppId
    /// simply builds its provider again.
    /// </summary>
    /// <param name="previous">The options the providers were built from.</param>
    internal void Forget(WeChatCardsOptions previous)
    {
        providers.TryRemove(TokenKey(previous), out _);
        ticketProviders.TryRemove(TicketKey(previous), out _);
    }

    private static string TokenKey(WeChatCardsOptions settings) => $"{settings.TokenMode}|{settings.AppId}|{settings.BaseAddress}";

    private static string TicketKey(WeChatCardsOptions settings) => $"{settings.AppId}|{settings.BaseAddress}";

    private WeChatCardsOptions SettingsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(WeChatConstants.ServiceName, name, sourced);
        return options.Get(name);
    }
}
