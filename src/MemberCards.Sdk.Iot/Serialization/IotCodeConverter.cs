using System.Runtime.CompilerServices;

namespace MemberCards.Sdk.Iot;

/// <summary>
/// Reads an int-coded enum (number or string of digits) whose numeric values are the wire codes; a code
/// the enum does not list reads as its <c>Unknown</c> member, <c>null</c> and <c>""</c> as absent.
/// </summary>
/// <typeparam name="TEnum">An <see cref="int"/>-backed enum with an <c>Unknown</c> member.</typeparam>
internal sealed class IotCodeConverter<TEnum> : IotNumberConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum Unknown = Enum.Parse<TEnum>("Unknown");
    private static readonly bool[] Known = BuildKnown();

    /// <summary>Maps a wire code to the enum, <c>Unknown</c> when it is not listed.</summary>
    internal static TEnum FromCode(long code)
    {
        if (code >= 0 && code < Known.Length && Known[code])
        {
            var value = (int)code;
            return Unsafe.As<int, TEnum>(ref value);
        }

        return Unknown;
    }

    public override TEnum? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Number
            ? reader.TryGetInt64(out var code) ? FromCode(code) : Unknown
            : base.Read(ref reader, typeToConvert, options);

    protected override TEnum FromWire(long value) => FromCode(value);

    protected override long ToWire(TEnum value) => Unsafe.As<TEnum, int>(ref value);

    private static bool[] BuildKnown()
    {
        var values = Enum.GetValues<TEnum>();
        var max = 0;
        foreach (var value in values)
        {
            var copy = value;
            max = Math.Max(max, Unsafe.As<TEnum, int>(ref copy));
        }

        var known = new bool[max + 1];
        foreach (var value in values)
        {
            var copy = value;
            var code = Unsafe.As<TEnum, int>(ref copy);
            if (code >= 0 && !value.Equals(Unknown))
            {
                known[code] = true;
            }
        }

        return known;
    }
}
