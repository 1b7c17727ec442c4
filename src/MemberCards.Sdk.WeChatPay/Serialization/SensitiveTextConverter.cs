namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// JSON form of <see cref="SensitiveText"/>: the ciphertext as a string (the wire form, read and written as is, never
/// decrypted here); a plaintext not yet encrypted as <c>{"plaintext":"..."}</c> (a host's own storage, never sent:
/// the client encrypts it first).
/// </summary>
internal sealed class SensitiveTextConverter : JsonConverter<SensitiveText>
{
    private const string PlaintextProperty = "plaintext";

    public override SensitiveText? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return SensitiveText.Received(reader.GetString()!);
            case JsonTokenType.StartObject:
                string? plaintext = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    if (reader.TokenType != JsonTokenType.PropertyName)
                    {
                        throw new JsonException("A sensitive value object holds only \"plaintext\".");
                    }

                    var isPlaintext = reader.ValueTextEquals(PlaintextProperty);
                    reader.Read();
                    if (isPlaintext && reader.TokenType == JsonTokenType.String)
                    {
                        plaintext = reader.GetString();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return plaintext is null
                    ? throw new JsonException("A sensitive value object needs a \"plaintext\" string.")
                    : SensitiveText.FromPlaintext(plaintext);
            default:
                throw new JsonException("A sensitive value is a ciphertext string or {\"plaintext\":\"...\"}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, SensitiveText value, JsonSerializerOptions options)
    {
        if (value.Ciphertext is { } ciphertext)
        {
            writer.WriteStringValue(ciphertext);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(PlaintextProperty, value.Reveal());
        writer.WriteEndObject();
    }
}
