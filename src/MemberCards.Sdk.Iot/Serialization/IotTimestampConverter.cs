using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>
/// Reads <c>reportTs</c>: Unix milliseconds (number or string of digits) as a UTC <see cref="DateTimeOffset"/>.
/// A magnitude below 10^11 cannot be milliseconds of a real report (it would be before March 1973) and is read
/// as Unix seconds. <c>null</c> and <c>""</c> read as absent.
/// </summary>
internal sealed class IotTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private const long SecondsThreshold = 100_000_000_000;
    private const long MinMilliseconds = -62_135_596_800_000;
    private const long MaxMilliseconds = 253_402_300_799_999;

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null || IotInt64Converter.ReadValue(ref reader, allowEmpty: true) is not { } value)
        {
            return null;
        }

        if (value is > -SecondsThreshold and < SecondsThreshold)
        {
            return DateTimeOffset.FromUnixTimeSeconds(value);
        }

        return value is >= MinMilliseconds and <= MaxMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(value)
            : throw new JsonException("reportTs is out of the range of Unix milliseconds.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        => IotInt64Converter.WriteValue(writer, value?.ToUnixTimeMilliseconds());
}
