namespace MemberCards.Sdk.WeChatPay;

/// <summary>The default <see cref="IWeChatPayDispatcherFactory"/>: one cached dispatcher per registered (or sourced) merchant, reading its current keys per notification.</summary>
internal sealed class WeChatPayDispatcherFactory(
    WeChatPayMerchantRegistry registry,
    MemberCardsRegistrations registrations,
    InboundCore core,
    IEnumerable<InboundHandlerLevel<WeChatPayMessageContext>> levels,
    MemberCardsSourcedRegistrations<WeChatPayOptions>? sourced = null)
    : InboundDispatcherFactory<WeChatPayOptions, WeChatPayMessageContext, WeChatPayDispatcher>(WeChatPayConstants.ServiceName, registrations, sourced, levels), IWeChatPayDispatcherFactory
{
    public IWeChatPayDispatcher Create(string name) => Dispatcher(name);

    protected override void Check(string name)
    {
        if (registry.Get(name).Keys.ApiV3Key.IsEmpty)
        {
            throw new InvalidOperationException($"{MemberCardsSettingName.Of(WeChatPayConstants.ServiceName, name, "ApiV3Key")} is not set: it is needed to decrypt notifications.");
        }
    }

    protected override WeChatPayDispatcher Build(string name) => new(name, registry, core, Order);
}
