using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The default <see cref="IWeChatPayDispatcher"/> of one merchant.</summary>
internal sealed class WeChatPayDispatcher(WeChatPayMerchant merchant, IMessageDeduplicationStore deduplication, IServiceScopeFactory scopes) : IWeChatPayDispatcher
{
    public async Task<WeChatPayDispatchResult> DispatchAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var message = await WeChatPayNotificationParser.ParseAsync(merchant, headers, body, cancellationToken).ConfigureAwait(false);
        var options = merchant.Options;
        var key = InboundDeduplication.ScopeKey($"wechatpay:{options.MerchantId}:{message.Id}", merchant.Name)!;
        var outcome = await InboundDeduplication.RunOnceAsync(
            deduplication,
            key,
            options.ProcessingTimeout,
            options.DeduplicationWindow,
            ct => RunHandlersAsync(message, body, ct),
            cancellationToken).ConfigureAwait(false);
        return new WeChatPayDispatchResult(outcome, merchant.Name, message, key);
    }

    public Task<WeChatPayUserCardEvent> ParseAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
        => WeChatPayNotificationParser.ParseAsync(merchant, headers, body, cancellationToken);

    private async Task<int> RunHandlersAsync(WeChatPayUserCardEvent message, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = new WeChatPayMessageContext(merchant.Name, message.Id, body, message.EventType, scope.ServiceProvider);
            var ran = 0;
            foreach (var handler in scope.ServiceProvider.GetServices<IWeChatPayMessageHandler<WeChatPayUserCardEvent>>())
            {
                await handler.HandleAsync(message, context, cancellationToken).ConfigureAwait(false);
                ran++;
            }

            foreach (var handler in scope.ServiceProvider.GetServices<IWeChatPayMessageHandler<object>>())
            {
                await handler.HandleAsync(message, context, cancellationToken).ConfigureAwait(false);
                ran++;
            }

            return ran;
        }
    }
}
