namespace MemberCards.Sdk.WeChat;

/// <summary>A custom entry cell (<c>custom_cell1</c>).</summary>
public sealed class WeChatCustomCell
{
    /// <summary>The entry name, at most 15 bytes (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The hint, at most 18 bytes (<c>tips</c>).</summary>
    public string? Tips { get; set; }

    /// <summary>The link (<c>url</c>, at most 128 bytes).</summary>
    public string? Url { get; set; }
}
