using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>
/// Reads an optional string: <c>""</c> reads as absent (the platform sends empty strings for unset fields),
/// and a number is kept as its JSON text (ids sent as numbers where strings are documented).
/// </summary>
internal sealed class IotStringConverter : TextValueConverter
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.ValueIsEscaped || reader.HasValueSequence
                    ? NullIfEmpty(reader.GetString())
                    : reader.ValueSpan.IsEmpty ? null : reader.GetString();
            case JsonTokenType.Number:
                return NumberText(ref reader);
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
