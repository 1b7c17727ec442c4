using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Iot;

/// <summary>
/// Calls the handlers registered for one event, in the documented order: its concrete type, its family,
/// <see cref="ProfileEvent"/> (customer and company records), then <see cref="IotEvent"/>.
/// </summary>
internal sealed class IotHandlerInvoker(IServiceProvider services, IotMessageContext context, CancellationToken cancellationToken)
{
    internal async Task<int> InvokeAsync<TEvent>(TEvent message)
        where TEvent : IotEvent
        => await RunAsync(message).ConfigureAwait(false)
            + await RunAsync<IotEvent>(message).ConfigureAwait(false);

    internal async Task<int> InvokeAsync<TEvent, TFamily>(TEvent message)
        where TEvent : TFamily
        where TFamily : IotEvent
        => await RunAsync(message).ConfigureAwait(false)
            + await RunAsync<TFamily>(message).ConfigureAwait(false)
            + await RunAsync<IotEvent>(message).ConfigureAwait(false);

    internal async Task<int> InvokeProfileAsync<TEvent, TFamily>(TEvent message)
        where TEvent : TFamily
        where TFamily : ProfileEvent
        => await RunAsync(message).ConfigureAwait(false)
            + await RunAsync<TFamily>(message).ConfigureAwait(false)
            + await RunAsync<ProfileEvent>(message).ConfigureAwait(false)
            + await RunAsync<IotEvent>(message).ConfigureAwait(false);

    private async Task<int> RunAsync<THandled>(THandled message)
        where THandled : IotEvent
    {
        var calls = 0;
        foreach (var handler in services.GetServices<IIotMessageHandler<THandled>>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await handler.HandleAsync(message, context, cancellationToken).ConfigureAwait(false);
            calls++;
        }

        return calls;
    }
}
