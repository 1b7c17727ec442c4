namespace MemberCards.Sdk.Iot;

/// <summary>Marital status of a customer (<c>marriage</c>). The numeric value is the wire code; an undocumented code reads as <see cref="Unknown"/>.</summary>
public enum MaritalStatus
{
    /// <summary>A code this version of the SDK does not know.</summary>
    Unknown = -1,

    /// <summary><c>0</c>: not filled in.</summary>
    NotSpecified = 0,

    /// <summary><c>1</c>: single (未婚).</summary>
    Single = 1,

    /// <summary><c>2</c>: married (已婚).</summary>
    Married = 2,

    /// <summary><c>3</c>: divorced (离婚).</summary>
    Divorced = 3,

    /// <summary><c>4</c>: widowed (丧偶).</summary>
    Widowed = 4,
}
