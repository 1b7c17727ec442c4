using System.Buffers;
using System.Numerics;

namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Reads an integer sent as a JSON number or as a string of digits, as ERPs and some platforms do for fields documented
/// as numbers (and for ids a double cannot hold); writes a JSON number. <see cref="FlexibleInt32Converter"/> and
/// <see cref="FlexibleInt64Converter"/> are its two forms.
/// </summary>
/// <typeparam name="T">The integer type.</typeparam>
public abstract class FlexibleIntegerConverter<T> : JsonConverter<T>
    where T : struct, IBinaryInteger<T>
{
    private readonly NumberStyles stringStyles;
    private readonly string expected;

    private protected FlexibleIntegerConverter(NumberStyles stringStyles, int bits)
    {
        this.stringStyles = stringStyles;
        expected = $"Expected a {bits}-bit integer as a number or a string of digits.";
    }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parsed = reader.TokenType switch
        {
            JsonTokenType.Number => TryParse(Utf8(ref reader), NumberStyles.AllowLeadingSign, out var number) ? number : (T?)null,
            JsonTokenType.String when reader.ValueIsEscaped => TryParse(reader.GetString(), out var text) ? (T?)text : null,
            JsonTokenType.String => TryParse(Utf8(ref reader), stringStyles, out var text) ? (T?)text : null,
            _ => null,
        };
        return parsed ?? throw new JsonException(expected);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> digits = stackalloc byte[40];
        if (!value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new JsonException(expected);
        }

        writer.WriteRawValue(digits[..written], skipInputValidation: true);
    }

    private static ReadOnlySpan<byte> Utf8(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

    private static bool TryParse(ReadOnlySpan<byte> utf8, NumberStyles styles, out T value)
        => T.TryParse(utf8, styles, CultureInfo.InvariantCulture, out value);

    private bool TryParse(string? text, out T value)
        => T.TryParse(text, stringStyles, CultureInfo.InvariantCulture, out value);
}
