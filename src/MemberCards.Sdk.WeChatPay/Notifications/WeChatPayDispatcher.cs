namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The default <see cref="IWeChatPayDispatcher"/> of one merchant: verifies and decrypts with
/// <see cref="WeChatPayNotificationParser"/> under the merchant's current keys, builds the key, and hands the event to
/// Core's <see cref="InboundCore"/>.
/// </summary>
internal sealed class WeChatPayDispatcher(string name, WeChatPayMerchantRegistry registry, InboundCore core, InboundHandlerOrder<WeChatPayMessageContext> order) : IWeChatPayDispatcher
{
    public async Task<WeChatPayDispatchResult> DispatchAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var merchant = registry.Get(name);
        var message = await WeChatPayNotificationParser.ParseAsync(merchant, headers, body, cancellationToken).ConfigureAwait(false);
        var options = merchant.Options;
        var delivery = new InboundDelivery(WeChatPayConstants.ServiceName, name, message.Id, $"wechatpay:{options.MerchantId}:{message.Id}", options.ProcessingTimeout, options.DeduplicationWindow);
        var run = await core.RunAsync(
            delivery,
            order,
            [message],
            services => new WeChatPayMessageContext(name, message.Id, body, message.EventType, services),
            cancellationToken).ConfigureAwait(false);
        return new WeChatPayDispatchResult(run.Outcome, name, message, run.DeduplicationKey) { HandlerCalls = run.HandlerCalls };
    }

    public Task<WeChatPayEvent> ParseAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
        => WeChatPayNotificationParser.ParseAsync(registry.Get(name), headers, body, cancellationToken);
}
