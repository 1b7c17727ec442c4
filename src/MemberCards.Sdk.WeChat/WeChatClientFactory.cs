using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatClientFactory"/>; holds one token provider per name.</summary>
internal sealed class WeChatClientFactory(
    IOptionsMonitor<WeChatCardsOptions> options,
    IHttpClientFactory httpClientFactory,
    IDistributedCache cache,
    IMemberCardsLockProvider locks,
    IMessageDeduplicationStore deduplication,
    TimeProvider time,
    ILoggerFactory loggerFactory,
    WeChatRegistrations registrations) : IWeChatClientFactory
{
    private readonly ConcurrentDictionary<string, Lazy<WeChatAccessTokenProvider>> providers = new(StringComparer.Ordinal);

    public IWeChatCardClient Create(string name)
    {
        var settings = Settings(name);
        return new WeChatCardClient(httpClientFactory.CreateClient(WeChatRegistrations.ApiClientName(name)), settings.AppId);
    }

    public IWeChatAccessTokenProvider GetAccessTokenProvider(string name) => Provider(name);

    public IWeChatEventProcessor GetEventProcessor(string name)
        => new WeChatEventProcessor(Settings(name), deduplication);

    internal WeChatAccessTokenProvider Provider(string name)
    {
        var settings = Settings(name);

        // One provider per AppId (and token family and host): two names for the same account share one single-flight.
        var key = $"{settings.TokenMode}|{settings.AppId}|{settings.BaseAddress}";
        return providers.GetOrAdd(key, _ => new Lazy<WeChatAccessTokenProvider>(() => new WeChatAccessTokenProvider(
            settings,
            WeChatRegistrations.TokenClientName(name),
            httpClientFactory,
            cache,
            locks,
            time,
            loggerFactory.CreateLogger("MemberCards.Sdk.WeChat.AccessToken")))).Value;
    }

    private WeChatCardsOptions Settings(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!registrations.Contains(name))
        {
            throw new ArgumentException($"No WeChat account named '{name}' was registered with AddWeChatCards.", nameof(name));
        }

        return options.Get(name);
    }
}
