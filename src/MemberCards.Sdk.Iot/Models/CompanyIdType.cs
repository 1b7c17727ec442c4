namespace MemberCards.Sdk.Iot;

/// <summary>Kind of registration number of a company (<c>idType</c>). The numeric value is the wire code; an undocumented code reads as <see cref="Unknown"/>.</summary>
public enum CompanyIdType
{
    /// <summary>A code this version of the SDK does not know.</summary>
    Unknown = -1,

    /// <summary><c>0</c>: none given.</summary>
    None = 0,

    /// <summary><c>1</c>: unified social credit code (统一社会信用代码).</summary>
    UnifiedSocialCreditCode = 1,

    /// <summary><c>2</c>: business registration number (工商注册号).</summary>
    BusinessRegistrationNumber = 2,
}
