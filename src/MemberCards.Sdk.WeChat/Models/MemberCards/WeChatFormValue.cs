using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>One submitted form value. Values may be personal data: redact them before logging.</summary>
public sealed class WeChatFormValue
{
    /// <summary>The field name, such as <c>USER_FORM_INFO_FLAG_MOBILE</c> (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The value (<c>value</c>).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>The values of a multiple-choice field (<c>value_list</c>).</summary>
    [JsonPropertyName("value_list")]
    public IReadOnlyList<string>? ValueList { get; init; }
}
