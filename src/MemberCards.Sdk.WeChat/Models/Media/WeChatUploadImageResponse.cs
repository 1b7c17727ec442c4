namespace MemberCards.Sdk.WeChat;

/// <summary>The media/uploadimg answer.</summary>
public sealed class WeChatUploadImageResponse : WeChatResponse
{
    /// <summary>The image URL on the WeChat image host (<c>url</c>).</summary>
    public string? Url { get; set; }
}
