namespace MemberCards.Sdk.WeChat;

/// <summary>The validity kind of an Official Account card's <c>date_info</c> (<c>DATE_TYPE_*</c>).</summary>
/// <remarks>
/// The same three concepts as Core's <see cref="ValidityType"/> (fixed range, fixed term, permanent) with WeChat's
/// own <c>DATE_TYPE_</c> spellings; it stays a separate type because the card API only understands these spellings
/// (WeChat Pay's brand cards use <see cref="ValidityType"/>'s <c>FIX_TIME_RANGE</c> ...). <see cref="ValidityType"/> values
/// map one to one: <see cref="FixTimeRange"/>, <see cref="FixTerm"/>, <see cref="Permanent"/>.
/// </remarks>
[JsonConverter(typeof(WireEnumConverter<WeChatDateInfoType>))]
public enum WeChatDateInfoType
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>DATE_TYPE_PERMANENT</c>: never expires.</summary>
    [JsonStringEnumMemberName("DATE_TYPE_PERMANENT")]
    Permanent,

    /// <summary><c>DATE_TYPE_FIX_TIME_RANGE</c>: between begin_timestamp and end_timestamp.</summary>
    [JsonStringEnumMemberName("DATE_TYPE_FIX_TIME_RANGE")]
    FixTimeRange,

    /// <summary><c>DATE_TYPE_FIX_TERM</c>: fixed_term days after pick-up (starting fixed_begin_term days later).</summary>
    [JsonStringEnumMemberName("DATE_TYPE_FIX_TERM")]
    FixTerm,
}
