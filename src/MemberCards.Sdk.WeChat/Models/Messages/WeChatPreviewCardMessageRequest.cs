namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The body of <c>cgi-bin/message/mass/preview</c> with <c>msgtype</c> <c>wxcard</c>: the mass message sent to one
/// follower first, to check it. Name the follower by openid (<c>touser</c>) or by WeChat id (<c>towxname</c>); when both
/// are set WeChat uses <c>towxname</c>.
/// </summary>
public sealed class WeChatPreviewCardMessageRequest : WeChatCardMessageRequest
{
    /// <summary>The follower's openid (<c>touser</c>); this or <see cref="ToWxName"/> is required.</summary>
    [JsonPropertyName("touser")]
    public string? ToUser { get; set; }

    /// <summary>The follower's WeChat id (<c>towxname</c>); this or <see cref="ToUser"/> is required, and wins when both are set.</summary>
    [JsonPropertyName("towxname")]
    public string? ToWxName { get; set; }

    /// <inheritdoc/>
    private protected override void ValidateRecipients() => WeChatRequestValidator.ValidatePreview(this);
}
