using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>Reads an optional 32-bit integer sent as a number or a string of digits; <c>null</c> and <c>""</c> read as absent.</summary>
internal sealed class IotInt32Converter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var value = IotInt64Converter.ReadValue(ref reader, allowEmpty: true);
        return value is null ? null
            : value is >= int.MinValue and <= int.MaxValue ? (int)value.Value
            : throw new JsonException("Expected a 32-bit integer; the value is out of range.");
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options) => IotInt64Converter.WriteValue(writer, value);
}
