namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Converts enums to and from their wire names (<see cref="System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute"/>).
/// Reading never throws: text the SDK does not know reads as the enum's zero value (<c>Unknown</c>).
/// </summary>
public static class WireEnum
{
    /// <summary>Reads wire text as <typeparamref name="TEnum"/>; unknown, empty or null text reads as the zero value.</summary>
    /// <typeparam name="TEnum">An enum whose zero value means "unknown".</typeparam>
    /// <param name="text">The text as received.</param>
    /// <returns>The matching value, or <c>default</c> when there is none.</returns>
    public static TEnum Parse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? text)
        where TEnum : struct, Enum
        => TryParse(text, out TEnum value) ? value : default;

    /// <summary>Reads wire text as <typeparamref name="TEnum"/>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="text">The text as received (case-sensitive, as the services send it).</param>
    /// <param name="value">The matching value, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text names a known value.</returns>
    public static bool TryParse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && WireEnumNames<TEnum>.ByName.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The wire name of <paramref name="value"/>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A known value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value has no wire name (for example <c>Unknown</c>).</exception>
    public static string ToWire<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum
        => WireEnumNames<TEnum>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name}.{value} has no wire name and cannot be sent.");
}
