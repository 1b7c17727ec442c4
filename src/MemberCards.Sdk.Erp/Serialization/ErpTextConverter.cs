namespace MemberCards.Sdk.Erp;

/// <summary>
/// Reads any JSON value as text, because ERPs send the same field as a number one day and a string the next:
/// a string as itself, a number or boolean as its literal, an object or array as its raw JSON.
/// </summary>
internal sealed class ErpTextConverter : TextValueConverter
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return NumberText(ref reader);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return null;
            default:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }
        }
    }
}
