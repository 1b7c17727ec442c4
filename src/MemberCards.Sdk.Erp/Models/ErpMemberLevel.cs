namespace MemberCards.Sdk.Erp;

/// <summary>
/// The member card type (<c>level</c>). The numeric values are the wire values, so a level this SDK does not
/// know (say <c>2</c>) is kept as <c>(ErpMemberLevel)2</c> rather than rejected.
/// </summary>
public enum ErpMemberLevel
{
    /// <summary><c>0</c>: ordinary member card (会员卡), the ERP's default.</summary>
    MemberCard = 0,

    /// <summary><c>1</c>: VIP card (贵宾卡).</summary>
    Vip = 1,
}
