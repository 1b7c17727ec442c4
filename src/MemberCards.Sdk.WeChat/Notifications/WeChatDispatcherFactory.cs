using System.Collections.Concurrent;

namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatDispatcherFactory"/>: one cached dispatcher per registered (or sourced) name, reading the registration's current options per push.</summary>
internal sealed class WeChatDispatcherFactory(
    IOptionsMonitor<WeChatCardsOptions> options,
    InboundCore core,
    IEnumerable<InboundHandlerLevel<WeChatMessageContext>> levels,
    TimeProvider time,
    MemberCardsRegistrations registrations,
    MemberCardsSourcedRegistrations<WeChatCardsOptions>? sourced = null) : IWeChatDispatcherFactory
{
    private readonly InboundHandlerOrder<WeChatMessageContext> order = new(levels);
    private readonly ConcurrentDictionary<string, WeChatDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IWeChatDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(WeChatConstants.ServiceName, name, sourced);
        return dispatchers.GetOrAdd(name, n => new WeChatDispatcher(n, options, core, order, time));
    }
}
