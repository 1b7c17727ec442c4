using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Serialization;

/// <summary>Unix time in milliseconds (number or string of digits) as a UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class UnixMillisecondsConverter : JsonConverter<DateTimeOffset>
{
    private static readonly FlexibleInt64Converter Int64 = new();

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var milliseconds = Int64.Read(ref reader, typeof(long), options);
        if (milliseconds < -62135596800000 || milliseconds > 253402300799999)
        {
            throw new JsonException("Unix milliseconds out of range.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.ToUnixTimeMilliseconds());
    }
}
