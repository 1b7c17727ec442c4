namespace MemberCards.Sdk.Iot;

/// <summary>
/// Reads a list of 64-bit ids whose items are numbers or strings of digits; empty-string items are skipped,
/// and <c>null</c> reads as an empty list.
/// </summary>
internal sealed class IotInt64ListConverter : IotListConverter<long>
{
    protected override string ItemsName => "ids";

    protected override bool TryReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options, out long item)
    {
        var id = IotInt64Converter.ReadValue(ref reader, allowEmpty: true);
        item = id.GetValueOrDefault();
        return id.HasValue;
    }

    protected override void WriteItem(Utf8JsonWriter writer, long item) => writer.WriteNumberValue(item);
}
