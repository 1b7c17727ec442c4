namespace MemberCards.Sdk.Security;

/// <summary>Constant-time comparison of signatures given as text, so timing reveals nothing about the expected value.</summary>
public static class FixedTimeText
{
    /// <summary>
    /// Compares two strings in time independent of where they differ (only their lengths, which are public for
    /// digests and signatures, end the comparison early).
    /// </summary>
    /// <param name="expected">The value we computed.</param>
    /// <param name="actual">The value we received.</param>
    /// <param name="ignoreCase">Compare ASCII letters case-insensitively (for hex digests).</param>
    /// <returns><see langword="true"/> when both are non-null and equal.</returns>
    public static bool Equals(string? expected, string? actual, bool ignoreCase = false)
    {
        if (expected is null || actual is null || expected.Length != actual.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            int a = expected[i];
            int b = actual[i];
            if (ignoreCase)
            {
                a = FoldAscii(a);
                b = FoldAscii(b);
            }

            difference |= a ^ b;
        }

        return difference == 0;
    }

    // 'A'..'Z' -> 'a'..'z' without a data-dependent branch: the mask is 0x20 only for upper-case ASCII letters.
    private static int FoldAscii(int c) => c | (((int)((uint)(c - 'A') - 26u) >> 31) & 0x20);
}
