namespace MemberCards.Sdk.WeChat;

/// <summary>The kind of a rich activation form field.</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatRichFieldType>))]
public enum WeChatRichFieldType
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>FORM_FIELD_RADIO</c>.</summary>
    [JsonStringEnumMemberName("FORM_FIELD_RADIO")]
    Radio,

    /// <summary><c>FORM_FIELD_SELECT</c>.</summary>
    [JsonStringEnumMemberName("FORM_FIELD_SELECT")]
    Select,

    /// <summary><c>FORM_FIELD_CHECK_BOX</c>.</summary>
    [JsonStringEnumMemberName("FORM_FIELD_CHECK_BOX")]
    CheckBox,
}
