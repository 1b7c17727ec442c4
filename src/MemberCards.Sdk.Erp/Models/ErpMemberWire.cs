namespace MemberCards.Sdk.Erp;

/// <summary>The member record (<c>data</c>) as sent: every field read as text, whatever its JSON type.</summary>
internal sealed class ErpMemberWire
{
    public string? Name { get; init; }

    public string? Sex { get; init; }

    public string? Birthday { get; init; }

    public string? Address { get; init; }

    public string? IdentityCardNo { get; init; }

    public string? Email { get; init; }

    public string? Level { get; init; }

    public string? State { get; init; }

    public string? CardNo { get; init; }

    public string? StoreNumber { get; init; }
}
