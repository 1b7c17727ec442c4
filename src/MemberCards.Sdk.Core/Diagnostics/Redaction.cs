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

    /// <summary>An identity-card or other document number: the last four characters only.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The masked number.</returns>
    public static string IdNumber(string? value)
        => string.IsNullOrEmpty(value) ? "(empty)" : value.Length <= 4 ? new string('*', value.Length) : $"****{value[^4..]}";
}
