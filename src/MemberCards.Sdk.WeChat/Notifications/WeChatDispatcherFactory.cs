using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatDispatcherFactory"/>.</summary>
internal sealed class WeChatDispatcherFactory(
    IOptionsMonitor<WeChatCardsOptions> options,
    IMessageDeduplicationStore deduplication,
    IServiceScopeFactory scopes,
    TimeProvider time,
    MemberCardsRegistrations registrations) : IWeChatDispatcherFactory
{
    public IWeChatDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(WeChatConstants.ServiceName, name);
        return new WeChatDispatcher(name, options.Get(name), deduplication, scopes, time);
    }
}
