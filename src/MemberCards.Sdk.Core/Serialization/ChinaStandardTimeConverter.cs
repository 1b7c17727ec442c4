namespace MemberCards.Sdk.Serialization;

/// <summary>
/// <c>yyyy-MM-dd HH:mm:ss</c> wall-clock times in China Standard Time (UTC+08:00), read as a
/// <see cref="DateTimeOffset"/> with offset +08:00 and written in the same form.
/// </summary>
public sealed class ChinaStandardTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The offset of China Standard Time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private const string Pattern = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Parses <c>yyyy-MM-dd HH:mm:ss</c> as China Standard Time.</summary>
    /// <param name="text">The text as received.</param>
    /// <param name="value">The time with offset +08:00.</param>
    /// <returns><see langword="true"/> when the text has that exact form.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        if (DateTime.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Formats a time as <c>yyyy-MM-dd HH:mm:ss</c> in China Standard Time.</summary>
    /// <param name="value">Any time; it is converted to +08:00 first.</param>
    /// <returns>The formatted text.</returns>
    public static string Format(DateTimeOffset value) => value.ToOffset(Offset).ToString(Pattern, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("Expected a time of the form yyyy-MM-dd HH:mm:ss (China Standard Time).");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }
}
