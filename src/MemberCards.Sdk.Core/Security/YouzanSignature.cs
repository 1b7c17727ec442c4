using System.Security.Cryptography;
using System.Text;

namespace MemberCards.Sdk.Security;

/// <summary>The Youzan push signature: lower-case hex MD5 of <c>client_id + msg + client_secret</c>, msg as received (still URL-encoded).</summary>
public static class YouzanSignature
{
    /// <summary>Computes the signature.</summary>
    /// <param name="clientId">The app's client_id.</param>
    /// <param name="msg">The <c>msg</c> field exactly as received, before URL decoding.</param>
    /// <param name="clientSecret">The app's client_secret.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Compute(string clientId, string msg, string clientSecret)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(msg);
        ArgumentNullException.ThrowIfNull(clientSecret);
        var length = Encoding.UTF8.GetByteCount(clientId) + Encoding.UTF8.GetByteCount(msg) + Encoding.UTF8.GetByteCount(clientSecret);
        var buffer = length <= 1024 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(clientId, buffer);
        written += Encoding.UTF8.GetBytes(msg, buffer[written..]);
        Encoding.UTF8.GetBytes(clientSecret, buffer[written..]);
        Span<byte> hash = stackalloc byte[16];
        MD5.HashData(buffer, hash);
        return LowerHex.Encode(hash);
    }

    /// <summary>Checks a received signature in constant time, ignoring hex case.</summary>
    /// <param name="clientId">The app's client_id.</param>
    /// <param name="msg">The <c>msg</c> field exactly as received.</param>
    /// <param name="clientSecret">The app's client_secret.</param>
    /// <param name="signature">The signature as received.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public static bool Verify(string clientId, string msg, string clientSecret, string? signature)
        => signature is not null && FixedTimeText.Equals(Compute(clientId, msg, clientSecret), signature, ignoreCase: true);
}
