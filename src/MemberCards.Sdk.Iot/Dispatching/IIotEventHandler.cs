namespace MemberCards.Sdk.Iot;

/// <summary>
/// Handles one kind of IoT event. Register with <c>AddIotEventHandler&lt;TEvent, THandler&gt;()</c> (scoped; one scope per
/// message). A handler may be registered for a concrete event (<see cref="CustomerAddEvent"/>), a family
/// (<see cref="CustomerProfileEvent"/> gets adds and updates) or <see cref="IotEvent"/> (every event, unknown ones too).
/// Throwing fails the message: it is not marked as handled, so a redelivery runs every handler again;
/// handlers should therefore be idempotent.
/// </summary>
/// <typeparam name="TEvent">The event type handled.</typeparam>
public interface IIotEventHandler<in TEvent>
    where TEvent : IotEvent
{
    /// <summary>Handles an event.</summary>
    /// <param name="event">The event.</param>
    /// <param name="context">The topic and message it arrived in.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(TEvent @event, IotEventContext context, CancellationToken cancellationToken);
}
