using System.Text.Json.Serialization;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>The validity kind of <c>date_info</c>.</summary>
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
