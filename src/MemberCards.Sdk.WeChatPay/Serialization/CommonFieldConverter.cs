namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// JSON form of <see cref="CommonField"/> (<c>{"name":..,"value":..}</c>) that keeps the name as received, so a name
/// the SDK does not know (read as <see cref="UserFormField.Unknown"/>) is written back unchanged.
/// </summary>
internal sealed class CommonFieldConverter : JsonConverter<CommonField>
{
    private static readonly SensitiveTextConverter Values = new();

    public override CommonField? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A common field is an object {\"name\":..,\"value\":..}.");
        }

        string? name = null;
        SensitiveText? value = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.ValueTextEquals("name") ? 1 : reader.ValueTextEquals("value") ? 2 : 0;
            reader.Read();
            switch (property)
            {
                case 1:
                    name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }

                    break;
                case 2:
                    value = Values.Read(ref reader, typeof(SensitiveText), options);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new CommonField { Name = WireEnum.Parse<UserFormField>(name), WireName = name, Value = value };
    }

    public override void Write(Utf8JsonWriter writer, CommonField value, JsonSerializerOptions options)
    {
        string name;
        if (value.Name == UserFormField.Unknown)
        {
            name = value.WireName ?? throw new JsonException("A common field whose Name is UserFormField.Unknown needs its WireName (the name as received) to be sent.");
        }
        else
        {
            try
            {
                name = WireEnum.ToWire(value.Name);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                // A converter reports what it cannot write as JsonException, so the client names the request that failed.
                throw new JsonException(ex.Message, ex);
            }
        }

        writer.WriteStartObject();
        writer.WriteString("name", name);
        if (value.Value is not null)
        {
            writer.WritePropertyName("value");
            Values.Write(writer, value.Value, options);
        }

        writer.WriteEndObject();
    }
}
