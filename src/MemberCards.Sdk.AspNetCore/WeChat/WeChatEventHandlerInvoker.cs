using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>Runs the <see cref="IWeChatEventHandler{TEvent}"/> handlers of one event: its type, its families, then <see cref="WeChatEvent"/>.</summary>
internal static class WeChatEventHandlerInvoker
{
    /// <summary>Runs every matching handler.</summary>
    /// <param name="services">The request's services.</param>
    /// <param name="event">The event.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>How many handlers ran.</returns>
    public static async Task<int> InvokeAsync(IServiceProvider services, WeChatEvent @event, CancellationToken cancellationToken)
    {
        var calls = @event switch
        {
            WeChatUserGetCardEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            WeChatUserDeleteCardEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            WeChatUserConsumeCardEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            WeChatSubmitMemberCardUserInfoEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            WeChatUpdateMemberCardEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            WeChatUserViewCardEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            WeChatCardPassCheckEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            WeChatCardNotPassCheckEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            WeChatUnknownEvent e => await RunAsync(services, e, cancellationToken).ConfigureAwait(false),
            _ => 0,
        };

        if (@event is WeChatUserCardEvent userCard)
        {
            calls += await RunAsync(services, userCard, cancellationToken).ConfigureAwait(false);
        }

        if (@event is WeChatCardEvent card)
        {
            calls += await RunAsync(services, card, cancellationToken).ConfigureAwait(false);
        }

        return calls + await RunAsync(services, @event, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunAsync<TEvent>(IServiceProvider services, TEvent @event, CancellationToken cancellationToken)
        where TEvent : WeChatEvent
    {
        var calls = 0;
        foreach (var handler in services.GetServices<IWeChatEventHandler<TEvent>>())
        {
            await handler.HandleAsync(@event, cancellationToken).ConfigureAwait(false);
            calls++;
        }

        return calls;
    }
}
