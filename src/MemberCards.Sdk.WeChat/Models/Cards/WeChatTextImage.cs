using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>One picture with text (<c>text_image_list</c> item).</summary>
public sealed class WeChatTextImage
{
    /// <summary>The picture (<c>image_url</c>).</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }

    /// <summary>The text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }
}
