using System.Collections.Concurrent;

namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatClientFactory"/>; holds one token provider per AppId.</summary>
internal sealed class WeChatClientFactory(
    IOptionsMonitor<WeChatCardsOptions> options,
    IHttpClientFactory httpClientFactory,
    IDistributedCache cache,
    IMemberCardsLockProvider locks,
    TimeProvider time,
    ILoggerFactory loggerFactory,
    MemberCardsRegistrations registrations,
    OutgoingClientRegistry clients) : IWeChatClientFactory
{
    /// <summary>The Refit settings of every WeChat client: the SDK's JSON conventions, no Refit exception escapes.</summary>
    internal static readonly RefitSettings Settings = MemberCardsRefit.CreateSettings(WeChatConstants.ServiceName, WeChatJsonContext.Wire);

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
        var key = $"{settings.TokenMode}|{settings.AppId}|{settings.BaseAddress}";
        return providers.GetOrAdd(key, _ => new Lazy<WeChatAccessTokenProvider>(() => new WeChatAccessTokenProvider(
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
        var key = $"{settings.AppId}|{settings.BaseAddress}";
        return ticketProviders.GetOrAdd(key, _ => new Lazy<WeChatTicketProvider>(() => new WeChatTicketProvider(
            settings,
            () => options.Get(name),
            WeChatConstants.ApiClientName(name),
            httpClientFactory,
            cache,
            locks,
            time,
            loggerFactory.CreateLogger<WeChatTicketProvider>()))).Value;
    }

    private WeChatCardsOptions SettingsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(WeChatConstants.ServiceName, name);
        return options.Get(name);
    }
}
