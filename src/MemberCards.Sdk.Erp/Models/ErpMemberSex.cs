namespace MemberCards.Sdk.Erp;

/// <summary>A member's sex as the ERP sends it (<c>sex</c>: 女, 男 or 保密).</summary>
[JsonConverter(typeof(WireEnumConverter<ErpMemberSex>))]
public enum ErpMemberSex
{
    /// <summary>Absent, empty or a value this version of the SDK does not know.</summary>
    Unknown = 0,

    /// <summary><c>女</c>: female.</summary>
    [JsonStringEnumMemberName("女")]
    Female,

    /// <summary><c>男</c>: male.</summary>
    [JsonStringEnumMemberName("男")]
    Male,

    /// <summary><c>保密</c>: not disclosed.</summary>
    [JsonStringEnumMemberName("保密")]
    Undisclosed,
}
