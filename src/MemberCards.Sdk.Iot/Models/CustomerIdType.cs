namespace MemberCards.Sdk.Iot;

/// <summary>Kind of identity document of a customer (<c>idType</c>). The numeric value is the wire code; an undocumented code reads as <see cref="Unknown"/>.</summary>
public enum CustomerIdType
{
    /// <summary>A code this version of the SDK does not know.</summary>
    Unknown = -1,

    /// <summary><c>0</c>: none given.</summary>
    None = 0,

    /// <summary><c>1</c>: resident identity card (身份证).</summary>
    IdentityCard = 1,

    /// <summary><c>2</c>: passport (护照).</summary>
    Passport = 2,

    /// <summary><c>3</c>: Mainland travel permit for Hong Kong and Macau residents (港澳通行证).</summary>
    HongKongMacauPermit = 3,

    /// <summary><c>4</c>: another document (其他).</summary>
    Other = 4,
}
