using MemberCards.Sdk.WeChatPay;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>
/// Handles verified, decrypted, de-duplicated WeChat Pay brand member-card notifications received by
/// <c>MapWeChatPayNotifications</c>. Register with <c>AddWeChatPayUserCardEventHandler&lt;THandler&gt;()</c> (scoped,
/// resolved from the request's services).
/// </summary>
public interface IWeChatPayUserCardEventHandler
{
    /// <summary>
    /// Handles one notification. Throwing answers WeChat Pay with HTTP 500 and <c>{"code":"FAIL",...}</c> and leaves the
    /// notification unmarked, so its redelivery is handled again; answer within 5 s and be idempotent.
    /// </summary>
    /// <param name="event">The notification, sensitive fields decrypted.</param>
    /// <param name="cancellationToken">Cancels the handling (the request was aborted).</param>
    /// <returns>A task that completes when the notification is handled.</returns>
    Task HandleAsync(WeChatPayUserCardEvent @event, CancellationToken cancellationToken);
}
