using System.Collections.Concurrent;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The default <see cref="IWeChatPayDispatcherFactory"/>: one cached dispatcher per registered (or sourced) merchant, reading its current keys per notification.</summary>
internal sealed class WeChatPayDispatcherFactory(
    WeChatPayMerchantRegistry registry,
    MemberCardsRegistrations registrations,
    InboundCore core,
    IEnumerable<InboundHandlerLevel<WeChatPayMessageContext>> levels,
    MemberCardsSourcedRegistrations<WeChatPayOptions>? sourced = null) : IWeChatPayDispatcherFactory
{
    private readonly InboundHandlerOrder<WeChatPayMessageContext> order = new(levels);
    private readonly ConcurrentDictionary<string, WeChatPayDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IWeChatPayDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(WeChatPayConstants.ServiceName, name, sourced);
        if (registry.Get(name).Keys.ApiV3Key.IsEmpty)
        {
            throw new InvalidOperationException($"{MemberCardsSettingName.Of(WeChatPayConstants.ServiceName, name, "ApiV3Key")} is not set: it is needed to decrypt notifications.");
        }

        return dispatchers.GetOrAdd(name, n => new WeChatPayDispatcher(n, registry, core, order));
    }
}
