using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot.Serialization;

/// <summary>
/// Reads an optional string: <c>""</c> reads as absent (the platform sends empty strings for unset fields),
/// and a number is kept as its JSON text (ids sent as numbers where strings are documented).
/// </summary>
internal sealed class IotStringConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.ValueIsEscaped || reader.HasValueSequence
                    ? NullIfEmpty(reader.GetString())
                    : reader.ValueSpan.IsEmpty ? null : reader.GetString();
            case JsonTokenType.Number when !reader.HasValueSequence:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
