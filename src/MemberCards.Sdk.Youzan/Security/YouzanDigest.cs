using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace MemberCards.Sdk.Youzan;

/// <summary>
/// MD5(client_id + content + client_secret) compared with a received hex signature, without building
/// strings: the same digest as <see cref="Security.YouzanSignature"/>, over bytes.
/// </summary>
internal static class YouzanDigest
{
    private const int StackLimit = 512;

    /// <summary>Whether <paramref name="signature"/> is the digest under any of <paramref name="secrets"/>.</summary>
    public static bool Matches(ReadOnlySpan<byte> clientId, ReadOnlySpan<byte> content, IReadOnlyList<byte[]> secrets, string? signature)
    {
        Span<byte> expected = stackalloc byte[16];
        if (!TryDecodeHex(signature, expected))
        {
            return false;
        }

        var match = false;
        foreach (var secret in secrets)
        {
            match |= Matches(clientId, content, secret, expected);
        }

        return match;
    }

    /// <summary>As <see cref="Matches(ReadOnlySpan{byte}, ReadOnlySpan{byte}, IReadOnlyList{byte[]}, string?)"/>, with the content given as text (UTF-8).</summary>
    public static bool Matches(ReadOnlySpan<byte> clientId, string content, IReadOnlyList<byte[]> secrets, string? signature)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(content.Length);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(content, buffer);
            return Matches(clientId, buffer[..length], secrets, signature);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static bool Matches(ReadOnlySpan<byte> clientId, ReadOnlySpan<byte> content, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> expected)
    {
        var length = clientId.Length + content.Length + secret.Length;
        byte[]? rented = null;
        Span<byte> buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            clientId.CopyTo(buffer);
            content.CopyTo(buffer[clientId.Length..]);
            secret.CopyTo(buffer[(clientId.Length + content.Length)..]);
            Span<byte> actual = stackalloc byte[16];
            MD5.HashData(buffer[..length], actual);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        finally
        {
            if (rented is not null)
            {
                CryptographicOperations.ZeroMemory(rented.AsSpan(0, length));
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads 32 hex digits, either case; anything else is not a signature.</summary>
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
