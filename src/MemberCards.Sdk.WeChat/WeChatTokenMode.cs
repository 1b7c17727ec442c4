namespace MemberCards.Sdk.WeChat;

/// <summary>Which access_token endpoint the SDK uses.</summary>
public enum WeChatTokenMode
{
    /// <summary>
    /// <c>POST /cgi-bin/stable_token</c> (default): every caller gets the same token while it is valid, so
    /// several servers never invalidate each other.
    /// </summary>
    Stable = 0,

    /// <summary><c>GET /cgi-bin/token</c>: each call issues a new token and invalidates the previous one after about five minutes.</summary>
    Classic = 1,
}
