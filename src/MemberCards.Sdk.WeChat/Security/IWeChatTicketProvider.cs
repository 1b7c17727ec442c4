namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The JS-SDK tickets of one Official Account (AppId): the <c>jsapi_ticket</c> and the card <c>api_ticket</c>. Each is
/// held like the access_token: cached in <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>,
/// refreshed <see cref="WeChatCardsOptions.RefreshBeforeExpiry"/> ahead of the expiry the server announced, and fetched
/// once for all concurrent callers (once for the whole fleet with the Redis package); never once per page view, as
/// <c>getticket</c> has a small daily quota. A ticket is a secret: never log it.
/// </summary>
public interface IWeChatTicketProvider
{
    /// <summary>The AppId the tickets belong to.</summary>
    string AppId { get; }

    /// <summary>A valid ticket, from the local copy, the distributed cache or one <c>getticket</c> request (single-flight).</summary>
    /// <param name="type">Which ticket.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The ticket.</returns>
    ValueTask<string> GetTicketAsync(WeChatTicketType type, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a ticket a signature made with it was refused for (the page saw <c>config:invalid signature</c> or a
    /// card signature error) and returns its successor. When another caller already replaced it, the successor is
    /// returned without a new request, so a burst of failing pages costs one <c>getticket</c> call. No WeChat API
    /// validates a ticket: call this only when a signature you are sure of was refused.
    /// </summary>
    /// <param name="type">Which ticket.</param>
    /// <param name="rejectedTicket">The ticket that was refused.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The new ticket.</returns>
    ValueTask<string> RenewRejectedAsync(WeChatTicketType type, string rejectedTicket, CancellationToken cancellationToken = default);

    /// <summary>Forgets the cached ticket of <paramref name="type"/> (locally and in the distributed cache).</summary>
    /// <param name="type">Which ticket.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when it is forgotten.</returns>
    Task InvalidateAsync(WeChatTicketType type, CancellationToken cancellationToken = default);
}
