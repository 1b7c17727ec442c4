namespace MemberCards.Sdk.Testing.Erp;

/// <summary>A member record held by the ERP emulator, keyed by mobile number.</summary>
public sealed class ErpEmulatorMember
{
    private readonly List<ErpEmulatorPointsChange> changes = [];

    /// <summary>The mobile number the ERP matches on.</summary>
    public required string Mobile { get; init; }

    /// <summary><c>name</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary><c>sex</c> as the ERP writes it: 女, 男, 保密 or empty.</summary>
    public string Sex { get; set; } = string.Empty;

    /// <summary><c>birthday</c> as the ERP writes it (<c>1969-08-07</c>) or empty.</summary>
    public string Birthday { get; set; } = string.Empty;

    /// <summary><c>address</c>.</summary>
    public string Address { get; set; } = string.Empty;

    /// <summary><c>identityCardNo</c>.</summary>
    public string IdentityCardNo { get; set; } = string.Empty;

    /// <summary><c>email</c>.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary><c>level</c>: 0 member card, 1 VIP card (any other number is sent as is).</summary>
    public int Level { get; set; }

    /// <summary><c>state</c>: 0 new, 1 normal, 9 deleted (any other number is sent as is).</summary>
    public int State { get; set; }

    /// <summary><c>cardNo</c>.</summary>
    public string CardNo { get; set; } = string.Empty;

    /// <summary><c>storeNumber</c>.</summary>
    public string StoreNumber { get; set; } = string.Empty;

    /// <summary>The ERP's own points balance: the sum of every <c>pointsChanges</c> applied.</summary>
    public long Points { get; set; }

    /// <summary>Whether the emulator created this member because no member had its mobile number.</summary>
    public bool CreatedByEmulator { get; init; }

    /// <summary>The points changes applied to this member, oldest first.</summary>
    public IReadOnlyList<ErpEmulatorPointsChange> Changes
    {
        get
        {
            lock (changes)
            {
                return [.. changes];
            }
        }
    }

    internal void Apply(ErpEmulatorPointsChange change)
    {
        lock (changes)
        {
            changes.Add(change);
            Points += change.PointsChanges;
        }
    }
}
