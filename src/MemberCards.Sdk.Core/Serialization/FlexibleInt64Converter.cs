using System.Buffers;
using System.Buffers.Text;

namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Reads a 64-bit integer sent as a JSON number or as a string of digits (ids such as
/// <c>1090560337592619000</c> that a double cannot hold); writes a JSON number.
/// </summary>
public sealed class FlexibleInt64Converter : JsonConverter<long>
{
    /// <inheritdoc />
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String:
                var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (Utf8Parser.TryParse(span, out long parsed, out var consumed) && consumed == span.Length && !reader.ValueIsEscaped)
                {
                    return parsed;
                }

                if (long.TryParse(reader.GetString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out parsed))
                {
                    return parsed;
                }

                break;
        }

        throw new JsonException("Expected a 64-bit integer as a number or a string of digits.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
