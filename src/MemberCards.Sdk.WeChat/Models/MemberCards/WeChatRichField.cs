using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>A choice field of the activation form.</summary>
public sealed class WeChatRichField
{
    /// <summary>The kind (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public WeChatRichFieldType? Type { get; init; }

    /// <summary>The label (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The choices (<c>values</c>).</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<string>? Values { get; init; }
}
