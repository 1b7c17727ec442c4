using System.Security.Cryptography;
using System.Text;

namespace MemberCards.Sdk.Security;

/// <summary>Constant-time comparison of signatures given as text, so timing reveals nothing about the expected value.</summary>
public static class FixedTimeText
{
    /// <summary>Compares two ASCII strings in time independent of where they differ.</summary>
    /// <param name="expected">The value we computed.</param>
    /// <param name="actual">The value we received.</param>
    /// <param name="ignoreCase">Compare ASCII letters case-insensitively (for hex digests).</param>
    /// <returns><see langword="true"/> when both are non-null and equal.</returns>
    public static bool Equals(string? expected, string? actual, bool ignoreCase = false)
    {
        if (expected is null || actual is null)
        {
            return false;
        }

        if (ignoreCase)
        {
            expected = expected.ToLowerInvariant();
            actual = actual.ToLowerInvariant();
        }

        var maxBytes = Math.Max(Encoding.UTF8.GetMaxByteCount(expected.Length), Encoding.UTF8.GetMaxByteCount(actual.Length));
        if (maxBytes > 4096)
        {
            return false;
        }

        Span<byte> a = stackalloc byte[Encoding.UTF8.GetMaxByteCount(expected.Length)];
        Span<byte> b = stackalloc byte[Encoding.UTF8.GetMaxByteCount(actual.Length)];
        var la = Encoding.UTF8.GetBytes(expected, a);
        var lb = Encoding.UTF8.GetBytes(actual, b);
        return CryptographicOperations.FixedTimeEquals(a[..la], b[..lb]);
    }
}
