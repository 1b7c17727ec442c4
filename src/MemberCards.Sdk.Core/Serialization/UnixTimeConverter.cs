namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Unix time (a number or a string of digits) as a UTC <see cref="DateTimeOffset"/>, written as a JSON number. The unit
/// (<see cref="UnixSecondsConverter"/>, <see cref="UnixMillisecondsConverter"/>) is the only difference between the two.
/// </summary>
public abstract class UnixTimeConverter : JsonConverter<DateTimeOffset>
{
    private static readonly FlexibleInt64Converter Int64 = new();
    private readonly long ticksPerUnit;
    private readonly string unit;

    private protected UnixTimeConverter(long ticksPerUnit, string unit)
    {
        this.ticksPerUnit = ticksPerUnit;
        this.unit = unit;
    }

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = Int64.Read(ref reader, typeof(long), options);
        var epoch = DateTimeOffset.UnixEpoch.Ticks / ticksPerUnit;
        if (value < DateTimeOffset.MinValue.Ticks / ticksPerUnit - epoch || value > DateTimeOffset.MaxValue.Ticks / ticksPerUnit - epoch)
        {
            throw new JsonException($"Unix {unit} out of range.");
        }

        return new DateTimeOffset((value + epoch) * ticksPerUnit, TimeSpan.Zero);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.UtcTicks / ticksPerUnit - DateTimeOffset.UnixEpoch.Ticks / ticksPerUnit);
    }
}
