namespace MemberCards.Sdk.WeChat;

/// <summary>How the card code is shown (<c>code_type</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatCodeType>))]
public enum WeChatCodeType
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>CODE_TYPE_TEXT</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_TEXT")]
    Text,

    /// <summary><c>CODE_TYPE_BARCODE</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_BARCODE")]
    Barcode,

    /// <summary><c>CODE_TYPE_QRCODE</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_QRCODE")]
    QrCode,

    /// <summary><c>CODE_TYPE_ONLY_QRCODE</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_ONLY_QRCODE")]
    OnlyQrCode,

    /// <summary><c>CODE_TYPE_ONLY_BARCODE</c>.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_ONLY_BARCODE")]
    OnlyBarcode,

    /// <summary><c>CODE_TYPE_NONE</c>: online use only.</summary>
    [JsonStringEnumMemberName("CODE_TYPE_NONE")]
    None,
}
