namespace MemberCards.Sdk.WeChat;

/// <summary>The state of one user's card (<c>user_card_status</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatUserCardStatus>))]
public enum WeChatUserCardStatus
{
    /// <summary>A value this SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>NORMAL</c>.</summary>
    [JsonStringEnumMemberName("NORMAL")]
    Normal,

    /// <summary><c>EXPIRE</c>.</summary>
    [JsonStringEnumMemberName("EXPIRE")]
    Expired,

    /// <summary><c>GIFTING</c>.</summary>
    [JsonStringEnumMemberName("GIFTING")]
    Gifting,

    /// <summary><c>GIFT_SUCC</c>.</summary>
    [JsonStringEnumMemberName("GIFT_SUCC")]
    Gifted,

    /// <summary><c>GIFT_TIMEOUT</c>.</summary>
    [JsonStringEnumMemberName("GIFT_TIMEOUT")]
    GiftTimedOut,

    /// <summary><c>DELETE</c>.</summary>
    [JsonStringEnumMemberName("DELETE")]
    Deleted,

    /// <summary><c>UNAVAILABLE</c>.</summary>
    [JsonStringEnumMemberName("UNAVAILABLE")]
    Unavailable,
}
