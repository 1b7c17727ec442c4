namespace MemberCards.Sdk.WeChat;

/// <summary>Cover summary (<c>abstract</c>).</summary>
public sealed class WeChatCardAbstract
{
    /// <summary>The summary text (<c>abstract</c>).</summary>
    [JsonPropertyName("abstract")]
    public string? Text { get; set; }

    /// <summary>Cover images (<c>icon_url_list</c>).</summary>
    [JsonPropertyName("icon_url_list")]
    public IReadOnlyList<string>? IconUrls { get; set; }
}
