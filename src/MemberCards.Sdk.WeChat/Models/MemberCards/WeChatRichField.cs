namespace MemberCards.Sdk.WeChat;

/// <summary>A choice field of the activation form.</summary>
public sealed class WeChatRichField
{
    /// <summary>The kind (<c>type</c>).</summary>
    public WeChatRichFieldType? Type { get; set; }

    /// <summary>The label (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The choices (<c>values</c>).</summary>
    public IReadOnlyList<string>? Values { get; set; }
}
