using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>A name with a link.</summary>
public sealed class WeChatNamedLink
{
    /// <summary>The text (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The link (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }
}
