namespace MemberCards.Sdk.Iot;

/// <summary>Reads an optional 32-bit integer sent as a number or a string of digits; <c>null</c> and <c>""</c> read as absent.</summary>
internal sealed class IotInt32Converter : IotNumberConverter<int>
{
    protected override int FromWire(long value)
        => value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new JsonException("Expected a 32-bit integer; the value is out of range.");

    protected override long ToWire(int value) => value;
}
