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
public interface IWeChatMessageHandler<in TEvent>
    where TEvent : WeChatEvent
{
    /// <summary>
    /// Handles one event. Throwing releases the claim and makes the endpoint answer HTTP 500, so WeChat's retry is
    /// handled again (exactly once); keep it short (WeChat waits 5 s) and idempotent.
    /// </summary>
    /// <param name="message">The event.</param>
    /// <param name="context">The registration that received it, the de-duplication key, the raw body and the scope's services.</param>
    /// <param name="cancellationToken">Cancels the handling (the request was aborted).</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(TEvent message, WeChatMessageContext context, CancellationToken cancellationToken);
}
