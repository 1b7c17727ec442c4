using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The validity of a member card (<c>valid_date_information</c>).</summary>
public sealed class ValidDateInformation
{
    /// <summary><c>type</c>: how the validity is expressed.</summary>
    [JsonPropertyName("type")]
    public ValidityType Type { get; set; }

    /// <summary><c>available_begin_time</c>: start of validity (for <see cref="ValidityType.FixTimeRange"/>).</summary>
    [JsonPropertyName("available_begin_time")]
    public DateTimeOffset? AvailableBeginTime { get; set; }

    /// <summary><c>available_end_time</c>: end of validity (for <see cref="ValidityType.FixTimeRange"/>).</summary>
    [JsonPropertyName("available_end_time")]
    public DateTimeOffset? AvailableEndTime { get; set; }

    /// <summary><c>available_day_after_receive</c>: days of validity after the card is received (for <see cref="ValidityType.FixTerm"/>).</summary>
    [JsonPropertyName("available_day_after_receive")]
    public int? AvailableDayAfterReceive { get; set; }
}
