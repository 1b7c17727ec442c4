namespace MemberCards.Sdk.Iot;

/// <summary>Reads a list of strings (numbers kept as their text); empty and null items are skipped, <c>null</c> reads as an empty list.</summary>
internal sealed class IotStringListConverter : IotListConverter<string>
{
    private static readonly IotStringConverter Item = new();

    protected override string ItemsName => "strings";

    protected override bool TryReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options, [MaybeNullWhen(false)] out string item)
    {
        item = Item.Read(ref reader, typeof(string), options);
        return item is not null;
    }

    protected override void WriteItem(Utf8JsonWriter writer, string item) => writer.WriteStringValue(item);
}
