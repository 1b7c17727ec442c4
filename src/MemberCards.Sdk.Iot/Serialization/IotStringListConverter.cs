using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot.Serialization;

/// <summary>Reads a list of strings (numbers kept as their text); empty and null items are skipped, <c>null</c> reads as an empty list.</summary>
internal sealed class IotStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    private static readonly IotStringConverter Item = new();

    public override bool HandleNull => true;

    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of strings, found {reader.TokenType}.");
        }

        List<string>? items = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Item.Read(ref reader, typeof(string), options) is { } text)
            {
                (items ??= new List<string>(4)).Add(text);
            }
        }

        return items is null ? [] : items.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var text in value)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }
}
