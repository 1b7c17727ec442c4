namespace MemberCards.Sdk.WeChatPay;

/// <summary>The validity of a member card (<c>valid_date_information</c>).</summary>
public sealed class ValidDateInformation
{
    /// <summary><c>type</c>: how the validity is expressed.</summary>
    public ValidityType Type { get; set; }

    /// <summary><c>available_begin_time</c>: start of validity (for <see cref="ValidityType.FixTimeRange"/>).</summary>
    public DateTimeOffset? AvailableBeginTime { get; set; }

    /// <summary><c>available_end_time</c>: end of validity (for <see cref="ValidityType.FixTimeRange"/>).</summary>
    public DateTimeOffset? AvailableEndTime { get; set; }

    /// <summary><c>available_day_after_receive</c>: days of validity after the card is received (for <see cref="ValidityType.FixTerm"/>).</summary>
    public int? AvailableDayAfterReceive { get; set; }
}
