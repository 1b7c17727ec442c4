using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Iot.Dispatching;

/// <summary>Calls the handlers registered for one event: its concrete type, its family, then <see cref="IotEvent"/>.</summary>
internal sealed class IotHandlerInvoker(IServiceProvider services, IotEventContext context, CancellationToken cancellationToken)
{
    internal Task<int> InvokeAsync<TEvent>(TEvent @event)
        where TEvent : IotEvent
        => InvokeChainAsync<TEvent, TEvent>(@event, family: false);

    internal Task<int> InvokeAsync<TEvent, TFamily>(TEvent @event)
        where TEvent : TFamily
        where TFamily : IotEvent
        => InvokeChainAsync<TEvent, TFamily>(@event, family: true);

    private async Task<int> InvokeChainAsync<TEvent, TFamily>(TEvent @event, bool family)
        where TEvent : TFamily
        where TFamily : IotEvent
    {
        var calls = await RunAsync<TEvent>(@event).ConfigureAwait(false);
        if (family)
        {
            calls += await RunAsync<TFamily>(@event).ConfigureAwait(false);
        }

        return calls + await RunAsync<IotEvent>(@event).ConfigureAwait(false);
    }

    private async Task<int> RunAsync<THandled>(THandled @event)
        where THandled : IotEvent
    {
        var calls = 0;
        foreach (var handler in services.GetServices<IIotEventHandler<THandled>>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await handler.HandleAsync(@event, context, cancellationToken).ConfigureAwait(false);
            calls++;
        }

        return calls;
    }
}
