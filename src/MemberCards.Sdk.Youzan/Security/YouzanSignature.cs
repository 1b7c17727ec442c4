using MemberCards.Sdk.Security;
using System.Security.Cryptography;

namespace MemberCards.Sdk.Youzan;

/// <summary>
/// The Youzan push signature: lower-case hex MD5 of <c>client_id + msg + client_secret</c>, msg as received
/// (still URL-encoded); the <c>Event-Sign</c> header uses the same digest over the raw body.
/// </summary>
public static class YouzanSignature
{
    private const int StackLimit = 512;

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
        Span<byte> hash = stackalloc byte[16];
        Digest(clientId, msg, clientSecret, hash);
        return LowerHex.Encode(hash);
    }

    /// <summary>Checks a received signature in constant time, ignoring hex case.</summary>
    /// <param name="clientId">The app's client_id.</param>
    /// <param name="msg">The <c>msg</c> field exactly as received.</param>
    /// <param name="clientSecret">The app's client_secret.</param>
    /// <param name="signature">The signature as received.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public static bool Verify(string clientId, string msg, string clientSecret, string? signature)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(msg);
        ArgumentNullException.ThrowIfNull(clientSecret);
        Span<byte> actual = stackalloc byte[16];
        Digest(clientId, msg, clientSecret, actual);
        return Matches(actual, signature);
    }

    /// <summary>
    /// Checks a received signature over bytes (for the <c>Event-Sign</c> header over the raw body, or a msg
    /// already in UTF-8), in constant time, ignoring hex case, without building strings.
    /// </summary>
    /// <param name="clientId">The app's client_id, UTF-8.</param>
    /// <param name="content">The signed content exactly as received (raw body, or msg as received), UTF-8.</param>
    /// <param name="clientSecret">The app's client_secret, UTF-8.</param>
    /// <param name="signature">The signature as received.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public static bool Verify(ReadOnlySpan<byte> clientId, ReadOnlySpan<byte> content, ReadOnlySpan<byte> clientSecret, string? signature)
    {
        Span<byte> actual = stackalloc byte[16];
        Digest(clientId, content, clientSecret, actual);
        return Matches(actual, signature);
    }

    // The received signature is the digest as hex (either case); compared in constant time once decoded.
    private static bool Matches(ReadOnlySpan<byte> actual, string? signature)
    {
        Span<byte> expected = stackalloc byte[16];
        return TryDecodeHex(signature, expected) && CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static void Digest(string clientId, string msg, string clientSecret, Span<byte> hash)
    {
        var length = Encoding.UTF8.GetByteCount(clientId) + Encoding.UTF8.GetByteCount(msg) + Encoding.UTF8.GetByteCount(clientSecret);
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(clientId, buffer);
            written += Encoding.UTF8.GetBytes(msg, buffer[written..]);
            Encoding.UTF8.GetBytes(clientSecret, buffer[written..]);
            MD5.HashData(buffer[..length], hash);
        }
        finally
        {
            Return(rented, length);
        }
    }

    private static void Digest(ReadOnlySpan<byte> clientId, ReadOnlySpan<byte> content, ReadOnlySpan<byte> clientSecret, Span<byte> hash)
    {
        var length = clientId.Length + content.Length + clientSecret.Length;
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            clientId.CopyTo(buffer);
            content.CopyTo(buffer[clientId.Length..]);
            clientSecret.CopyTo(buffer[(clientId.Length + content.Length)..]);
            MD5.HashData(buffer[..length], hash);
        }
        finally
        {
            Return(rented, length);
        }
    }

    // The buffer held the secret: wipe it before it goes back to the shared pool.
    private static void Return(byte[]? rented, int length)
    {
        if (rented is not null)
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // 32 hex digits, either case; anything else is not a signature. No data-dependent early exit.
    private static bool TryDecodeHex(string? text, Span<byte> bytes)
    {
        if (text is null || text.Length != 32)
        {
            return false;
        }

        var bad = 0;
        for (var i = 0; i < 16; i++)
        {
            var high = HexValue(text[2 * i]);
            var low = HexValue(text[(2 * i) + 1]);
            bad |= (high | low) & 0x100;
            bytes[i] = (byte)((high << 4) | (low & 0xF));
        }

        return bad == 0;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => 0x100,
    };
}
