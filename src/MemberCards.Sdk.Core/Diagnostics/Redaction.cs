namespace MemberCards.Sdk;

/// <summary>How the SDK shows secrets and personal data in <c>ToString()</c>, logs and exception messages.</summary>
public static class Redaction
{
    /// <summary>A secret (key, token, password): only whether it is set.</summary>
    /// <param name="value">The secret.</param>
    /// <returns><c>***</c> when set, <c>(empty)</c> otherwise.</returns>
    public static string Secret(string? value) => string.IsNullOrEmpty(value) ? "(empty)" : "***";

    /// <summary>A phone number: the first three and last four digits (<c>138****8000</c>).</summary>
    /// <param name="value">The phone number.</param>
    /// <returns>The masked number.</returns>
    public static string Phone(string? value)
        => string.IsNullOrEmpty(value) ? "(empty)" : value.Length < 8 ? new string('*', value.Length) : $"{value[..3]}****{value[^4..]}";

    /// <summary>
    /// Text copied from a remote answer (an error message, a detail) with every mainland China mobile number in it
    /// masked as <see cref="Phone"/> does: a run of exactly 11 digits, <c>1</c> then <c>3</c>-<c>9</c>, not part of a
    /// longer run of digits (<c>会员13787654321已冻结</c> becomes <c>会员137****4321已冻结</c>). Use it for every remote
    /// text the SDK puts into a log or an exception message.
    /// </summary>
    /// <param name="text">The remote text.</param>
    /// <returns>The text with phone numbers masked; <see langword="null"/> stays <see langword="null"/>.</returns>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? PhoneNumbersIn(string? text)
    {
        if (text is null || text.Length < 11)
        {
            return text;
        }

        char[]? masked = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - start == 11 && text[start] == '1' && text[start + 1] is >= '3' and <= '9')
            {
                masked ??= text.ToCharArray();
                masked.AsSpan(start + 3, 4).Fill('*');
            }
        }

        return masked is null ? text : new string(masked);
    }

    /// <summary>What <see cref="FilePath"/> shows instead of a value that looks like key text.</summary>
    internal const string KeyTextNotShown = "(a value that looks like key text, not a path; not shown)";

    /// <summary>The longest value <see cref="FilePath"/> still shows as a path.</summary>
    internal const int MaxShownPathLength = 1024;

    /// <summary>
    /// The value of a path setting (a key or certificate file) for a validation message or <c>ToString()</c>: the path in
    /// single quotes, unless the value looks like key material pasted where the path belongs (it contains
    /// <c>-----BEGIN</c> or a line break, or is longer than <see cref="MaxShownPathLength"/> characters), which is shown
    /// as <see cref="KeyTextNotShown"/>.
    /// </summary>
    /// <param name="value">The setting's value.</param>
    /// <returns><c>'path'</c>, <see cref="KeyTextNotShown"/>, or <c>(empty)</c> when not set.</returns>
    internal static string FilePath(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "(empty)";
        }

        var looksLikeKeyText = value.Length > MaxShownPathLength
            || value.Contains("-----BEGIN", StringComparison.Ordinal)
            || value.AsSpan().IndexOfAny('\r', '\n') >= 0;
        return looksLikeKeyText ? KeyTextNotShown : $"'{value}'";
    }

    /// <summary>An identity-card or other document number: the last four characters only.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The masked number.</returns>
    public static string IdNumber(string? value)
        => string.IsNullOrEmpty(value) ? "(empty)" : value.Length <= 4 ? new string('*', value.Length) : $"****{value[^4..]}";
}
