namespace MemberCards.Sdk.WeChat;

/// <summary>The preset names of <c>custom_field1..3</c> (<c>name_type</c>); the misspellings are WeChat's.</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatFieldNameType>))]
public enum WeChatFieldNameType
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>FIELD_NAME_TYPE_UNKNOW</c>: what the server answers for an unset field.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_UNKNOW")]
    Unset,

    /// <summary><c>FIELD_NAME_TYPE_LEVEL</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_LEVEL")]
    Level,

    /// <summary><c>FIELD_NAME_TYPE_COUPON</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_COUPON")]
    Coupon,

    /// <summary><c>FIELD_NAME_TYPE_STAMP</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_STAMP")]
    Stamp,

    /// <summary><c>FIELD_NAME_TYPE_DISCOUNT</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_DISCOUNT")]
    Discount,

    /// <summary><c>FIELD_NAME_TYPE_ACHIEVEMEN</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_ACHIEVEMEN")]
    Achievement,

    /// <summary><c>FIELD_NAME_TYPE_MILEAGE</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_MILEAGE")]
    Mileage,

    /// <summary><c>FIELD_NAME_TYPE_SET_POINTS</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_SET_POINTS")]
    SetPoints,

    /// <summary><c>FIELD_NAME_TYPE_TIMS</c>.</summary>
    [JsonStringEnumMemberName("FIELD_NAME_TYPE_TIMS")]
    Times,
}
