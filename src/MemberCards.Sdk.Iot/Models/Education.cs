namespace MemberCards.Sdk.Iot;

/// <summary>Highest education of a customer (<c>education</c>). The numeric value is the wire code; an undocumented code reads as <see cref="Unknown"/>.</summary>
public enum Education
{
    /// <summary>A code this version of the SDK does not know.</summary>
    Unknown = -1,

    /// <summary><c>0</c>: not filled in.</summary>
    NotSpecified = 0,

    /// <summary><c>1</c>: primary school (小学).</summary>
    PrimarySchool = 1,

    /// <summary><c>2</c>: junior middle school (初中).</summary>
    JuniorMiddleSchool = 2,

    /// <summary><c>3</c>: technical secondary or senior high school (中专/高中).</summary>
    SeniorHighSchool = 3,

    /// <summary><c>4</c>: junior college (专科).</summary>
    JuniorCollege = 4,

    /// <summary><c>5</c>: bachelor (本科).</summary>
    Bachelor = 5,

    /// <summary><c>6</c>: master (硕士).</summary>
    Master = 6,

    /// <summary><c>7</c>: doctorate (博士).</summary>
    Doctorate = 7,
}
