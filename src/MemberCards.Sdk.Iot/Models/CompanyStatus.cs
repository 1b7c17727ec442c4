namespace MemberCards.Sdk.Iot;

/// <summary>Registration status of a company (<c>status</c>). The numeric value is the wire code; an undocumented code reads as <see cref="Unknown"/>.</summary>
public enum CompanyStatus
{
    /// <summary>A code this version of the SDK does not know.</summary>
    Unknown = -1,

    /// <summary><c>0</c>: not given.</summary>
    None = 0,

    /// <summary><c>1</c>: subsisting (存续).</summary>
    Subsisting = 1,

    /// <summary><c>2</c>: in business (在业).</summary>
    InBusiness = 2,

    /// <summary><c>3</c>: licence revoked (吊销).</summary>
    Revoked = 3,

    /// <summary><c>4</c>: deregistered (注销).</summary>
    Deregistered = 4,

    /// <summary><c>5</c>: moved in (迁入).</summary>
    MovedIn = 5,

    /// <summary><c>6</c>: moved out (迁出).</summary>
    MovedOut = 6,

    /// <summary><c>7</c>: business suspended (停业).</summary>
    Suspended = 7,

    /// <summary><c>8</c>: in liquidation (清算).</summary>
    Liquidating = 8,
}
