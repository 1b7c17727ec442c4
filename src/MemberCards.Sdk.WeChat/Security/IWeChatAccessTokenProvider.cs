namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The access_token of one Official Account (AppId): cached in <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>,
/// refreshed ahead of the expiry the server announced, fetched once for all concurrent callers.
/// The token is a secret: never log it.
/// </summary>
public interface IWeChatAccessTokenProvider
{
    /// <summary>The AppId the token belongs to.</summary>
    string AppId { get; }

    /// <summary>A valid token, from the local copy, the distributed cache or a token request (single-flight).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The token.</returns>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a token the API rejected (40001, 40014, 42001) and returns its successor. When another caller
    /// already replaced it, the successor is returned without a new request. The renewal is always a normal
    /// token request first; only when a stable-token request answers the very token that was rejected is it
    /// repeated with <c>force_refresh</c>, at most once per <see cref="WeChatCardsOptions.ForceRefreshInterval"/>.
    /// </summary>
    /// <param name="rejectedToken">The token the API rejected.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The new token.</returns>
    ValueTask<string> RenewRejectedAsync(string rejectedToken, CancellationToken cancellationToken = default);

    /// <summary>Forgets the cached token (locally and in the distributed cache).</summary>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when it is forgotten.</returns>
    Task InvalidateAsync(CancellationToken cancellationToken = default);
}
