namespace MemberCards.Sdk.Serialization;

/// <summary>
/// JSON converter for enums with wire names. Reading is tolerant: an unknown string, a number or null
/// reads as the zero value (<c>Unknown</c>); writing a value without a wire name is refused.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class WireEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return WireEnum.Parse<TEnum>(reader.GetString());
        }

        reader.Skip();
        return default;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!WireEnumNames<TEnum>.ByValue.TryGetValue(value, out var name))
        {
            throw new JsonException($"{typeof(TEnum).Name}.{value} has no wire name and cannot be sent.");
        }

        writer.WriteStringValue(name);
    }
}
