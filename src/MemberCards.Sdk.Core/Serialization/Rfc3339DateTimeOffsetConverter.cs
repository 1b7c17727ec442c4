namespace MemberCards.Sdk.Serialization;

/// <summary>
/// RFC 3339 times with an explicit offset, as WeChat Pay sends them (<c>2020-05-20T13:29:35.120+08:00</c>).
/// Writes the offset of the value and fractional seconds only when present.
/// </summary>
public sealed class Rfc3339DateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    private const string WriteFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value)
            && reader.GetString()!.IndexOf('T', StringComparison.OrdinalIgnoreCase) > 0)
        {
            return value;
        }

        throw new JsonException("Expected an RFC 3339 time with offset, such as 2020-05-20T13:29:35.120+08:00.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(WriteFormat, CultureInfo.InvariantCulture));
    }
}
