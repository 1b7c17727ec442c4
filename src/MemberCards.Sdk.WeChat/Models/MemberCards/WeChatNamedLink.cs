namespace MemberCards.Sdk.WeChat;

/// <summary>A name with a link.</summary>
public sealed class WeChatNamedLink
{
    /// <summary>The text (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The link (<c>url</c>).</summary>
    public string? Url { get; set; }
}
