namespace MemberCards.Sdk.Testing.Erp;

/// <summary>How the ERP emulator writes <c>code</c>, <c>level</c> and <c>state</c>: ERPs differ, and so does the seed document.</summary>
public enum ErpEmulatorNumberStyle
{
    /// <summary>As the seed's samples: <c>code</c> a number (<c>10000</c>), <c>level</c> and <c>state</c> strings (<c>"0"</c>).</summary>
    Seed,

    /// <summary>As the seed's tables: all three are JSON numbers.</summary>
    Numbers,

    /// <summary>All three are strings (<c>"10000"</c>, <c>"0"</c>).</summary>
    Strings,
}
