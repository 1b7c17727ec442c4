namespace MemberCards.Sdk.WeChat;

/// <summary>card/testwhitelist/set: the full list of testers (a replace, not an add); at most 10 entries in total.</summary>
public sealed class WeChatSetTestWhiteListRequest : IValidatedRequest
{
    /// <summary>Testers by openid (<c>openid</c>).</summary>
    [JsonPropertyName("openid")]
    public IReadOnlyList<string>? OpenIds { get; set; }

    /// <summary>Testers by WeChat ID (<c>username</c>).</summary>
    [JsonPropertyName("username")]
    public IReadOnlyList<string>? UserNames { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateWhiteList(this);
}
