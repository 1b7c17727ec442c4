namespace MemberCards.Sdk.WeChat;

/// <summary>A set of activation form fields.</summary>
public sealed class WeChatActivateForm
{
    /// <summary>Whether the user may change the values later (<c>can_modify</c>).</summary>
    public bool? CanModify { get; set; }

    /// <summary>Preset fields (<c>common_field_id_list</c>).</summary>
    [JsonPropertyName("common_field_id_list")]
    public IReadOnlyList<WeChatUserFormField>? CommonFields { get; set; }

    /// <summary>Free text fields (<c>custom_field_list</c>).</summary>
    [JsonPropertyName("custom_field_list")]
    public IReadOnlyList<string>? CustomFields { get; set; }

    /// <summary>Choice fields (<c>rich_field_list</c>).</summary>
    [JsonPropertyName("rich_field_list")]
    public IReadOnlyList<WeChatRichField>? RichFields { get; set; }
}
