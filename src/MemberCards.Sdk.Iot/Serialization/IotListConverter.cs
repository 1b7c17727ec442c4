namespace MemberCards.Sdk.Iot;

/// <summary>
/// The list fields of the IoT models (<c>spaceIds</c>, <c>companyIds</c>, <c>outCompanyIds</c> ...): an array whose
/// absent items (<c>null</c>, <c>""</c>) are skipped, and <c>null</c> for the whole list reads as an empty list. The
/// item type says how one item reads and writes.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal abstract class IotListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override bool HandleNull => true;

    /// <summary>What the list holds, for the error message (<c>ids</c>, <c>strings</c>).</summary>
    protected abstract string ItemsName { get; }

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {ItemsName}, found {reader.TokenType}.");
        }

        List<T>? items = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Null && TryReadItem(ref reader, options, out var item))
            {
                (items ??= new List<T>(4)).Add(item);
            }
        }

        return items is null ? [] : items.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            WriteItem(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads the current (non-null) item; <see langword="false"/> when it is absent (<c>""</c>) and skipped.</summary>
    protected abstract bool TryReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options, [MaybeNullWhen(false)] out T item);

    /// <summary>Writes one item.</summary>
    protected abstract void WriteItem(Utf8JsonWriter writer, T item);
}
