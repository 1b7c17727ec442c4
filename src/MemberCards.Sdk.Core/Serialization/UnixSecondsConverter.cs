using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Serialization;

/// <summary>Unix time in seconds (number or string of digits) as a UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class UnixSecondsConverter : JsonConverter<DateTimeOffset>
{
    private static readonly FlexibleInt64Converter Int64 = new();

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var seconds = Int64.Read(ref reader, typeof(long), options);
        if (seconds < -62135596800 || seconds > 253402300799)
        {
            throw new JsonException("Unix seconds out of range.");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.ToUnixTimeSeconds());
    }
}
