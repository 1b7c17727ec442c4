namespace MemberCards.Sdk.WeChat;

/// <summary>
/// Handles verified, de-duplicated WeChat event pushes. Register with
/// <c>AddWeChatCards(...).AddHandler&lt;TEvent, THandler&gt;()</c> (scoped, resolved from the scope created for the push).
/// <typeparamref name="TEvent"/> is a concrete event (<see cref="WeChatUserGetCardEvent"/>), a family
/// (<see cref="WeChatUserCardEvent"/>, then <see cref="WeChatCardEvent"/>) or <see cref="WeChatEvent"/> (every event,
/// unknown ones too). Every matching handler runs, in this order: the concrete type's handlers, the user-card family's,
/// the card family's, then the all-events handlers; within one type, in registration order.
/// </summary>
/// <typeparam name="TEvent">The event type handled.</typeparam>
public interface IWeChatMessageHandler<in TEvent> : IMemberCardsMessageHandler<TEvent, WeChatMessageContext>
    where TEvent : WeChatEvent
{
}
