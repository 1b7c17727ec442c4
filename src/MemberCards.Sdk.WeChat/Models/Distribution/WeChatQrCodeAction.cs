namespace MemberCards.Sdk.WeChat;

/// <summary>The QR code kind (<c>action_name</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatQrCodeAction>))]
public enum WeChatQrCodeAction
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>QR_CARD</c>: one card.</summary>
    [JsonStringEnumMemberName("QR_CARD")]
    Card,

    /// <summary><c>QR_MULTIPLE_CARD</c>: several cards.</summary>
    [JsonStringEnumMemberName("QR_MULTIPLE_CARD")]
    MultipleCard,
}
