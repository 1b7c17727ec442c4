namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Reads a 64-bit integer sent as a JSON number or as a string of digits (ids such as
/// <c>1090560337592619000</c> that a double cannot hold); writes a JSON number.
/// </summary>
public sealed class FlexibleInt64Converter : FlexibleIntegerConverter<long>
{
    /// <summary>Creates the converter.</summary>
    public FlexibleInt64Converter()
        : base(NumberStyles.AllowLeadingSign, 64)
    {
    }
}
