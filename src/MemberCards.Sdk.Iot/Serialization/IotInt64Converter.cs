using System.Buffers.Text;
using System.Globalization;

namespace MemberCards.Sdk.Iot;

/// <summary>
/// Reads an optional 64-bit integer sent as a JSON number or a string of digits; <c>null</c> and <c>""</c>
/// read as absent. Ids such as <c>1090560337592619000</c> survive exactly (never through a double).
/// </summary>
internal sealed class IotInt64Converter : IotNumberConverter<long>
{
    protected override long FromWire(long value) => value;

    protected override long ToWire(long value) => value;

    /// <summary>Reads the current token as a 64-bit integer; an empty string gives <see langword="null"/> when allowed.</summary>
    internal static long? ReadValue(ref Utf8JsonReader reader, bool allowEmpty)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var number))
                {
                    return number;
                }

                throw new JsonException("Expected a 64-bit integer id; the number is fractional or out of range.");
            case JsonTokenType.String when !reader.HasValueSequence && !reader.ValueIsEscaped:
                var span = reader.ValueSpan;
                if (span.IsEmpty)
                {
                    return allowEmpty ? null : throw new JsonException("Expected a 64-bit integer, found an empty string.");
                }

                if (Utf8Parser.TryParse(span, out long parsed, out var consumed) && consumed == span.Length)
                {
                    return parsed;
                }

                throw new JsonException("Expected a 64-bit integer as a string of digits.");
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrEmpty(text))
                {
                    return allowEmpty ? null : throw new JsonException("Expected a 64-bit integer, found an empty string.");
                }

                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out parsed))
                {
                    return parsed;
                }

                throw new JsonException("Expected a 64-bit integer as a string of digits.");
            default:
                throw new JsonException($"Expected a 64-bit integer as a number or a string, found {reader.TokenType}.");
        }
    }
}
