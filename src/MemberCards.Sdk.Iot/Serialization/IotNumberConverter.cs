namespace MemberCards.Sdk.Iot;

/// <summary>
/// The shape every IoT number field shares (ids, counts, codes, times): read from a JSON number or a string of digits,
/// <c>null</c> and <c>""</c> read as absent, and written as a JSON number (or null). A field type says only how it
/// maps to and from the 64-bit integer on the wire.
/// </summary>
/// <typeparam name="T">The field's value type.</typeparam>
internal abstract class IotNumberConverter<T> : JsonConverter<T?>
    where T : struct
{
    public sealed override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null || IotInt64Converter.ReadValue(ref reader, allowEmpty: true) is not { } value
            ? null
            : FromWire(value);

    public sealed override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } known)
        {
            writer.WriteNumberValue(ToWire(known));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>The value of a wire integer; throws <see cref="JsonException"/> when it cannot be one.</summary>
    protected abstract T FromWire(long value);

    /// <summary>The wire integer of a value.</summary>
    protected abstract long ToWire(T value);
}
