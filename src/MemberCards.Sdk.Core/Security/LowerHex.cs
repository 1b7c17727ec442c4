namespace MemberCards.Sdk.Security;

/// <summary>Lower-case hex encoding on every target framework.</summary>
internal static class LowerHex
{
    public static string Encode(ReadOnlySpan<byte> bytes)
#if NET9_0_OR_GREATER
        => Convert.ToHexStringLower(bytes);
#else
        => string.Create(bytes.Length * 2, bytes.ToArray(), static (chars, data) =>
        {
            const string digits = "0123456789abcdef";
            for (var i = 0; i < data.Length; i++)
            {
                chars[2 * i] = digits[data[i] >> 4];
                chars[(2 * i) + 1] = digits[data[i] & 0xF];
            }
        });
#endif
}
