namespace MemberCards.Sdk.Testing.Erp;

/// <summary>How an <see cref="ErpEmulator"/> starts.</summary>
public sealed class ErpEmulatorOptions
{
    /// <summary>How <c>code</c>, <c>level</c> and <c>state</c> are written; changeable later through <see cref="ErpEmulator.NumberStyle"/>.</summary>
    public ErpEmulatorNumberStyle NumberStyle { get; init; } = ErpEmulatorNumberStyle.Seed;

    /// <summary>The sample signature to require on every request, or <see langword="null"/> to accept any request.</summary>
    public ErpEmulatorSignature? Signature { get; init; }

    /// <summary>The store number given to members created without one; <c>1001</c> by default.</summary>
    public string DefaultStoreNumber { get; init; } = "1001";

    /// <summary>The clock the signature timestamp is checked against; the system clock by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
