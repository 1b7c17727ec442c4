namespace MemberCards.Sdk.Iot;

/// <summary>
/// Reads <c>reportTs</c>: Unix milliseconds (number or string of digits) as a UTC <see cref="DateTimeOffset"/>.
/// A magnitude below 10^11 cannot be milliseconds of a real report (it would be before March 1973) and is read
/// as Unix seconds. <c>null</c> and <c>""</c> read as absent.
/// </summary>
internal sealed class IotTimestampConverter : IotNumberConverter<DateTimeOffset>
{
    private const long SecondsThreshold = 100_000_000_000;
    private const long MinMilliseconds = -62_135_596_800_000;
    private const long MaxMilliseconds = 253_402_300_799_999;

    protected override DateTimeOffset FromWire(long value)
    {
        if (value is > -SecondsThreshold and < SecondsThreshold)
        {
            return DateTimeOffset.FromUnixTimeSeconds(value);
        }

        return value is >= MinMilliseconds and <= MaxMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(value)
            : throw new JsonException("reportTs is out of the range of Unix milliseconds.");
    }

    protected override long ToWire(DateTimeOffset value) => value.ToUnixTimeMilliseconds();
}
