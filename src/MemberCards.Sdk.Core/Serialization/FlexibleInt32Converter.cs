namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Reads a 32-bit integer sent as a JSON number or as a string (<c>"1"</c>, white space around it allowed), as ERPs and
/// some platforms do for fields documented as int; writes a JSON number.
/// </summary>
public sealed class FlexibleInt32Converter : FlexibleIntegerConverter<int>
{
    /// <summary>Creates the converter.</summary>
    public FlexibleInt32Converter()
        : base(NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, 32)
    {
    }
}
