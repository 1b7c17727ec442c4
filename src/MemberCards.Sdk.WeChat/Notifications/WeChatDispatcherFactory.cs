namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatDispatcherFactory"/>: one cached dispatcher per registered (or sourced) name, reading the registration's current options per push.</summary>
internal sealed class WeChatDispatcherFactory(
    IOptionsMonitor<WeChatCardsOptions> options,
    InboundCore core,
    IEnumerable<InboundHandlerLevel<WeChatMessageContext>> levels,
    TimeProvider time,
    MemberCardsRegistrations registrations,
    MemberCardsSourcedRegistrations<WeChatCardsOptions>? sourced = null)
    : InboundDispatcherFactory<WeChatCardsOptions, WeChatMessageContext, WeChatDispatcher>(WeChatConstants.ServiceName, registrations, sourced, levels), IWeChatDispatcherFactory
{
    public IWeChatDispatcher Create(string name) => Dispatcher(name);

    protected override WeChatDispatcher Build(string name) => new(name, options, core, Order, time);
}
