namespace MemberCards.Sdk.WeChat;

/// <summary>The review status of a card (<c>status</c> in card/get).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatCardStatus>))]
public enum WeChatCardStatus
{
    /// <summary>A value this SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>CARD_STATUS_NOT_VERIFY</c>: waiting for review.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_NOT_VERIFY")]
    NotVerified,

    /// <summary><c>CARD_STATUS_VERIFY_FAIL</c>: rejected.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_VERIFY_FAIL")]
    VerifyFailed,

    /// <summary><c>CARD_STATUS_VERIFY_OK</c>: approved.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_VERIFY_OK")]
    Verified,

    /// <summary><c>CARD_STATUS_DELETE</c>: deleted.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_DELETE")]
    Deleted,

    /// <summary><c>CARD_STATUS_DISPATCH</c>: on the shelf.</summary>
    [JsonStringEnumMemberName("CARD_STATUS_DISPATCH")]
    Dispatched,
}
