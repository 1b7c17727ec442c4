using Refit;

/// <summary>Your own Refit interface: an endpoint the SDK does not model (sync a member feed).</summary>
public interface IMemberFeedApi
{
    /// <summary><c>POST /v3/brand/partner/card-member/user-feeds</c>.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when WeChat Pay accepted the feed.</returns>
    [Post("/v3/brand/partner/card-member/user-feeds")]
    Task SyncAsync([Body] UserFeed feed, CancellationToken cancellationToken = default);
}
