using Refit;

/// <summary>
/// Your own Refit interface over a merchant's pipeline. The SDK models this call too
/// (<c>IWeChatPayBrandCardClient.CreateUserFeedAsync</c>); it stands in here because the emulator answers it. Declare an
/// endpoint the SDK does not model the same way.
/// </summary>
public interface IMemberFeedApi
{
    /// <summary><c>POST /v3/brand/partner/card-member/user-feeds</c>.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when WeChat Pay accepted the feed.</returns>
    [Post("/v3/brand/partner/card-member/user-feeds")]
    Task SyncAsync([Body] FeedBody feed, CancellationToken cancellationToken = default);
}
