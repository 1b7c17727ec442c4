namespace MemberCards.Sdk.Iot;

/// <summary>
/// Handles one kind of IoT event. Register with <c>AddIotEvents().AddHandler&lt;TEvent, THandler&gt;()</c> (scoped; one
/// scope per message). A handler may be registered for a concrete event (<see cref="CustomerAddEvent"/>), a family
/// (<see cref="CustomerProfileEvent"/> gets adds and updates), <see cref="ProfileEvent"/> (customer and company adds and
/// updates) or <see cref="IotEvent"/> (every event, unknown ones too). For each event they run in that order: concrete
/// type, family, <see cref="ProfileEvent"/>, <see cref="IotEvent"/>; several handlers of one type in registration order.
/// Throwing fails the message: its de-duplication claim is released and the exception propagates, so a redelivery
/// runs every handler of the message again; handlers should therefore be idempotent.
/// </summary>
/// <typeparam name="TEvent">The event type handled.</typeparam>
public interface IIotMessageHandler<in TEvent> : IMemberCardsMessageHandler<TEvent, IotMessageContext>
    where TEvent : IotEvent
{
}
