using System.Buffers;

namespace MemberCards.Sdk.Serialization;

/// <summary>
/// The base of the services' lenient text converters (ERP fields, IoT strings, Youzan card numbers): each reads a text
/// field that a platform may send in another JSON form in its own way, and all write the text back as a JSON string
/// (<see langword="null"/> as JSON null), so a model read from the wire round-trips through the SDK's options.
/// </summary>
internal abstract class TextValueConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>The current number token exactly as sent (every digit kept, never through a double).</summary>
    /// <param name="reader">A reader on a <see cref="JsonTokenType.Number"/>.</param>
    /// <returns>The number's JSON text.</returns>
    protected static string NumberText(ref Utf8JsonReader reader)
        => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
}
