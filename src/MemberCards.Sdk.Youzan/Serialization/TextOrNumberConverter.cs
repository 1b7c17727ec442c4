namespace MemberCards.Sdk.Youzan;

/// <summary>Reads a text field that may arrive as a JSON number (card numbers, phone numbers) without losing digits.</summary>
internal sealed class TextOrNumberConverter : TextValueConverter
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => NumberText(ref reader),
        _ => throw new JsonException("Expected a string or a number."),
    };
}
