namespace MemberCards.Sdk.WeChat;

/// <summary>One picture with text (<c>text_image_list</c> item).</summary>
public sealed class WeChatTextImage
{
    /// <summary>The picture (<c>image_url</c>).</summary>
    public string? ImageUrl { get; set; }

    /// <summary>The text (<c>text</c>).</summary>
    public string? Text { get; set; }
}
