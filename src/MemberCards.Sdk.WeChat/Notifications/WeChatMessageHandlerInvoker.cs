using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// Runs the <see cref="IWeChatMessageHandler{TEvent}"/> handlers of one event, in the documented order: its concrete
/// type, the user-card family (<see cref="WeChatUserCardEvent"/>), the card family (<see cref="WeChatCardEvent"/>),
/// then <see cref="WeChatEvent"/> (all events).
/// </summary>
internal static class WeChatMessageHandlerInvoker
{
    /// <summary>Runs every matching handler.</summary>
    /// <param name="event">The event.</param>
    /// <param name="context">The context (its services resolve the handlers).</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>How many handlers ran.</returns>
    public static async Task<int> InvokeAsync(WeChatEvent @event, WeChatMessageContext context, CancellationToken cancellationToken)
    {
        var calls = @event switch
        {
            WeChatUserGetCardEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            WeChatUserDeleteCardEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            WeChatUserConsumeCardEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            WeChatSubmitMemberCardUserInfoEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            WeChatUpdateMemberCardEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            WeChatUserViewCardEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            WeChatCardPassCheckEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            WeChatCardNotPassCheckEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            WeChatUnknownEvent e => await RunAsync(e, context, cancellationToken).ConfigureAwait(false),
            _ => 0,
        };

        if (@event is WeChatUserCardEvent userCard)
        {
            calls += await RunAsync(userCard, context, cancellationToken).ConfigureAwait(false);
        }

        if (@event is WeChatCardEvent card)
        {
            calls += await RunAsync(card, context, cancellationToken).ConfigureAwait(false);
        }

        return calls + await RunAsync(@event, context, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunAsync<TEvent>(TEvent @event, WeChatMessageContext context, CancellationToken cancellationToken)
        where TEvent : WeChatEvent
    {
        var calls = 0;
        foreach (var handler in context.Services.GetServices<IWeChatMessageHandler<TEvent>>())
        {
            await handler.HandleAsync(@event, context, cancellationToken).ConfigureAwait(false);
            calls++;
        }

        return calls;
    }
}
