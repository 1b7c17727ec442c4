namespace MemberCards.Sdk.Iot;

/// <summary>Whether a company holds the national high-tech enterprise certification (<c>countryCertification</c>, 国高认证). The numeric value is the wire code; an undocumented code reads as <see cref="Unknown"/>.</summary>
public enum HighTechCertification
{
    /// <summary>A code this version of the SDK does not know.</summary>
    Unknown = -1,

    /// <summary><c>0</c>: not given.</summary>
    None = 0,

    /// <summary><c>1</c>: certified (是).</summary>
    Yes = 1,

    /// <summary><c>2</c>: not certified (否).</summary>
    No = 2,
}
