namespace MemberCards.Sdk.WeChat;

/// <summary>Form values a member submitted.</summary>
public sealed class WeChatUserFormInfo
{
    /// <summary>Preset fields (<c>common_field_list</c>).</summary>
    [JsonPropertyName("common_field_list")]
    public IReadOnlyList<WeChatFormValue>? CommonFields { get; set; }

    /// <summary>Custom fields (<c>custom_field_list</c>).</summary>
    [JsonPropertyName("custom_field_list")]
    public IReadOnlyList<WeChatFormValue>? CustomFields { get; set; }
}
