using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>card/membercard/activatetempinfo/get: the form a user submitted in one-click activation.</summary>
public sealed class WeChatGetActivateTempInfoRequest
{
    /// <summary>The <c>activate_ticket</c> from the jump URL (required).</summary>
    [JsonPropertyName("activate_ticket")]
    public string? ActivateTicket { get; init; }
}

/// <summary>The activatetempinfo/get answer.</summary>
public sealed class WeChatGetActivateTempInfoResponse : WeChatResponse
{
    /// <summary>The submitted form (<c>info</c>).</summary>
    [JsonPropertyName("info")]
    public WeChatUserFormInfo? Info { get; init; }
}

/// <summary>Form values a member submitted.</summary>
public sealed class WeChatUserFormInfo
{
    /// <summary>Preset fields (<c>common_field_list</c>).</summary>
    [JsonPropertyName("common_field_list")]
    public IReadOnlyList<WeChatFormValue>? CommonFields { get; init; }

    /// <summary>Custom fields (<c>custom_field_list</c>).</summary>
    [JsonPropertyName("custom_field_list")]
    public IReadOnlyList<WeChatFormValue>? CustomFields { get; init; }
}

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

/// <summary>card/membercard/userinfo/get.</summary>
public sealed class WeChatGetMemberInfoRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>The user card code (<c>code</c>, required).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }
}

/// <summary>The userinfo/get answer.</summary>
public sealed class WeChatGetMemberInfoResponse : WeChatResponse
{
    /// <summary>The member's openid (<c>openid</c>).</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; init; }

    /// <summary>The nickname (<c>nickname</c>).</summary>
    [JsonPropertyName("nickname")]
    public string? Nickname { get; init; }

    /// <summary>The member number (<c>membership_number</c>).</summary>
    [JsonPropertyName("membership_number")]
    public string? MembershipNumber { get; init; }

    /// <summary>Points (<c>bonus</c>).</summary>
    [JsonPropertyName("bonus")]
    public long? Bonus { get; init; }

    /// <summary>Balance in fen (<c>balance</c>).</summary>
    [JsonPropertyName("balance")]
    public long? Balance { get; init; }

    /// <summary><c>MALE</c>, <c>FEMALE</c> or WeChat's <c>FEMAIL</c> (<c>sex</c>).</summary>
    [JsonPropertyName("sex")]
    public string? Sex { get; init; }

    /// <summary>The submitted form (<c>user_info</c>).</summary>
    [JsonPropertyName("user_info")]
    public WeChatUserFormInfo? UserInfo { get; init; }

    /// <summary>The card state (<c>user_card_status</c>).</summary>
    [JsonPropertyName("user_card_status")]
    public WeChatUserCardStatus? UserCardStatus { get; init; }

    /// <summary>Whether the card is activated (<c>has_active</c>).</summary>
    [JsonPropertyName("has_active")]
    public bool? HasActive { get; init; }
}
