namespace MemberCards.Sdk.WeChat;

/// <summary>One submitted form value. Values may be personal data: redact them before logging.</summary>
public sealed class WeChatFormValue
{
    /// <summary>The field name, such as <c>USER_FORM_INFO_FLAG_MOBILE</c> (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The value (<c>value</c>).</summary>
    public string? Value { get; set; }

    /// <summary>The values of a multiple-choice field (<c>value_list</c>).</summary>
    public IReadOnlyList<string>? ValueList { get; set; }
}
