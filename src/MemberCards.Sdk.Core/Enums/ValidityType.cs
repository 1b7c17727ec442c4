namespace MemberCards.Sdk;

/// <summary>How the validity period of a card is expressed.</summary>
[JsonConverter(typeof(WireEnumConverter<ValidityType>))]
[WireNames()]
public enum ValidityType
{
    /// <summary>A value this version of the SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>FIX_TIME_RANGE</c>: valid between a fixed begin and end time.</summary>
    FixTimeRange,

    /// <summary><c>FIX_TERM</c>: valid for a number of days after the card is received.</summary>
    FixTerm,

    /// <summary><c>PERMANENT</c>: never expires.</summary>
    Permanent,
}
