using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>card/membercard/activateuserform/set: the one-click activation form.</summary>
public sealed class WeChatSetActivateUserFormRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>The service statement link (<c>service_statement</c>).</summary>
    [JsonPropertyName("service_statement")]
    public WeChatNamedLink? ServiceStatement { get; init; }

    /// <summary>The "bind an existing card" link (<c>bind_old_card</c>).</summary>
    [JsonPropertyName("bind_old_card")]
    public WeChatNamedLink? BindOldCard { get; init; }

    /// <summary>Fields the user must fill (<c>required_form</c>).</summary>
    [JsonPropertyName("required_form")]
    public WeChatActivateForm? RequiredForm { get; init; }

    /// <summary>Fields the user may fill (<c>optional_form</c>).</summary>
    [JsonPropertyName("optional_form")]
    public WeChatActivateForm? OptionalForm { get; init; }
}

/// <summary>A name with a link.</summary>
public sealed class WeChatNamedLink
{
    /// <summary>The text (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The link (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }
}

/// <summary>A set of activation form fields.</summary>
public sealed class WeChatActivateForm
{
    /// <summary>Whether the user may change the values later (<c>can_modify</c>).</summary>
    [JsonPropertyName("can_modify")]
    public bool? CanModify { get; init; }

    /// <summary>Preset fields (<c>common_field_id_list</c>).</summary>
    [JsonPropertyName("common_field_id_list")]
    public IReadOnlyList<WeChatUserFormField>? CommonFields { get; init; }

    /// <summary>Free text fields (<c>custom_field_list</c>).</summary>
    [JsonPropertyName("custom_field_list")]
    public IReadOnlyList<string>? CustomFields { get; init; }

    /// <summary>Choice fields (<c>rich_field_list</c>).</summary>
    [JsonPropertyName("rich_field_list")]
    public IReadOnlyList<WeChatRichField>? RichFields { get; init; }
}

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
