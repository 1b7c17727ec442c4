namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Reads a 32-bit integer sent as a JSON number or as a string (<c>"1"</c>), as ERPs and some
/// platforms do for fields documented as int; writes a JSON number.
/// </summary>
public sealed class FlexibleInt32Converter : JsonConverter<int>
{
    /// <inheritdoc />
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return number;
            case JsonTokenType.String when int.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
        }

        throw new JsonException("Expected a 32-bit integer as a number or a string of digits.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
