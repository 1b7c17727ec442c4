namespace MemberCards.Sdk.Erp;

/// <summary>
/// The member card state (<c>state</c>). The numeric values are the wire values, so a state this SDK does not
/// know is kept as its number rather than rejected.
/// </summary>
public enum ErpMemberState
{
    /// <summary><c>0</c>: newly issued card (新发卡), the ERP's default.</summary>
    New = 0,

    /// <summary><c>1</c>: normal card (正常卡).</summary>
    Normal = 1,

    /// <summary><c>9</c>: deleted (已删除).</summary>
    Deleted = 9,
}
