namespace MemberCards.Sdk.WeChat;

/// <summary>A custom field on the card face (<c>custom_field1..3</c>).</summary>
public sealed class WeChatCustomField
{
    /// <summary>A preset name (<c>name_type</c>); set this or <see cref="Name"/>.</summary>
    public WeChatFieldNameType? NameType { get; set; }

    /// <summary>A free name, at most 24 bytes (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The link opened from the field (<c>url</c>, at most 128 bytes).</summary>
    public string? Url { get; set; }
}
