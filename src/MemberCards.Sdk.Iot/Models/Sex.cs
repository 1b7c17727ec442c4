namespace MemberCards.Sdk.Iot;

/// <summary>Sex of a customer (<c>sex</c>). The numeric value is the wire code; a code the platform documents no meaning for reads as <see cref="Unknown"/>.</summary>
public enum Sex
{
    /// <summary>A code this version of the SDK does not know.</summary>
    Unknown = -1,

    /// <summary><c>0</c>: not filled in.</summary>
    NotSpecified = 0,

    /// <summary><c>1</c>: male.</summary>
    Male = 1,

    /// <summary><c>2</c>: female.</summary>
    Female = 2,
}
