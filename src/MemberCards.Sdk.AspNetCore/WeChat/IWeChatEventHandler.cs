using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// Handles verified, de-duplicated WeChat event pushes received by <c>MapWeChatCardEvents</c>. Register with
/// <c>AddWeChatEventHandler&lt;TEvent, THandler&gt;()</c> (scoped, resolved from the request's services). A handler
/// may take a concrete event (<see cref="WeChatUserGetCardEvent"/>), a family (<see cref="WeChatUserCardEvent"/>,
/// <see cref="WeChatCardEvent"/>) or <see cref="WeChatEvent"/> (every event, unknown ones too); every matching
/// handler runs, the most specific first.
/// </summary>
/// <typeparam name="TEvent">The event type handled.</typeparam>
public interface IWeChatEventHandler<in TEvent>
    where TEvent : WeChatEvent
{
    /// <summary>
    /// Handles one event. Throwing answers WeChat with HTTP 500 and leaves the event unmarked, so WeChat's retry is
    /// handled again; keep it short (WeChat waits 5 s) and idempotent.
    /// </summary>
    /// <param name="event">The event.</param>
    /// <param name="cancellationToken">Cancels the handling (the request was aborted).</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(TEvent @event, CancellationToken cancellationToken);
}
