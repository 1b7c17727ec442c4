namespace MemberCards.Sdk.Iot;

/// <summary>Whether a customer or company account is usable (<c>customerStatus</c>). The numeric value is the wire code; an undocumented code reads as <see cref="Unknown"/>.</summary>
public enum CustomerStatus
{
    /// <summary>A code this version of the SDK does not know (the platform documents no code <c>0</c>).</summary>
    Unknown = 0,

    /// <summary><c>1</c>: normal (正常).</summary>
    Normal = 1,

    /// <summary><c>2</c>: disabled (禁用).</summary>
    Disabled = 2,
}
