namespace MemberCards.Sdk.Erp;

/// <summary>The member record (<c>data</c>) as sent: every field read as text, whatever its JSON type.</summary>
internal sealed class ErpMemberWire
{
    public string? Name { get; set; }

    public string? Sex { get; set; }

    public string? Birthday { get; set; }

    public string? Address { get; set; }

    public string? IdentityCardNo { get; set; }

    public string? Email { get; set; }

    public string? Level { get; set; }

    public string? State { get; set; }

    public string? CardNo { get; set; }

    public string? StoreNumber { get; set; }
}
