using MemberCards.Sdk.Security;
using System.Security.Cryptography;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The WeChat server signature: lower-case hex SHA-1 of the ordinal-sorted concatenation of
/// token, timestamp, nonce (and, in safe mode, the encrypted message) — <c>signature</c> and <c>msg_signature</c>.
/// </summary>
public static class WeChatServerSignature
{
    /// <summary>Computes the signature.</summary>
    /// <param name="token">The Token configured for the Official Account server.</param>
    /// <param name="timestamp">The <c>timestamp</c> query value as received.</param>
    /// <param name="nonce">The <c>nonce</c> query value as received.</param>
    /// <param name="encrypt">The <c>Encrypt</c> element for <c>msg_signature</c>, or <see langword="null"/> for <c>signature</c>.</param>
    /// <returns>40 lower-case hex characters.</returns>
    public static string Compute(string token, string timestamp, string nonce, string? encrypt = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(nonce);
        string[] parts = encrypt is null ? [token, timestamp, nonce] : [token, timestamp, nonce, encrypt];
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return LowerHex.Encode(hash);
    }

    /// <summary>Checks a received signature in constant time.</summary>
    /// <param name="token">The configured Token.</param>
    /// <param name="timestamp">The <c>timestamp</c> as received.</param>
    /// <param name="nonce">The <c>nonce</c> as received.</param>
    /// <param name="signature">The signature as received.</param>
    /// <param name="encrypt">The <c>Encrypt</c> element for <c>msg_signature</c>, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public static bool Verify(string token, string timestamp, string nonce, string? signature, string? encrypt = null)
        => signature is not null && FixedTimeText.Equals(Compute(token, timestamp, nonce, encrypt), signature, ignoreCase: true);
}
