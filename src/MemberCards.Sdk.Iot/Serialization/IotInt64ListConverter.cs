using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot.Serialization;

/// <summary>
/// Reads a list of 64-bit ids whose items are numbers or strings of digits; empty-string items are skipped,
/// and <c>null</c> reads as an empty list.
/// </summary>
internal sealed class IotInt64ListConverter : JsonConverter<IReadOnlyList<long>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<long> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of ids, found {reader.TokenType}.");
        }

        List<long>? items = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (IotInt64Converter.ReadValue(ref reader, allowEmpty: true) is { } id)
            {
                (items ??= new List<long>(4)).Add(id);
            }
        }

        return items is null ? [] : items.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<long> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var id in value)
        {
            writer.WriteNumberValue(id);
        }

        writer.WriteEndArray();
    }
}
