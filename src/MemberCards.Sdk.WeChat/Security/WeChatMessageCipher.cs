using System.Buffers.Binary;
using System.Security.Cryptography;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The safe-mode message encryption of WeChat event pushes: AES-256-CBC with the key
/// <c>Base64(EncodingAESKey + "=")</c>, IV = its first 16 bytes, PKCS#7 padding to 32 bytes; the plaintext is
/// 16 random bytes, the message length (4 bytes, big-endian), the message and the AppId.
/// </summary>
public static class WeChatMessageCipher
{
    private const int Block = 32;

    /// <summary>Whether <paramref name="encodingAesKey"/> is 43 characters of <c>[A-Za-z0-9]</c>.</summary>
    /// <param name="encodingAesKey">The EncodingAESKey.</param>
    /// <returns><see langword="true"/> when it has the documented shape.</returns>
    public static bool IsValidEncodingAesKey(string? encodingAesKey)
        => encodingAesKey is { Length: 43 } && encodingAesKey.All(char.IsAsciiLetterOrDigit);

    /// <summary>Encrypts a message for <paramref name="appId"/>.</summary>
    /// <param name="encodingAesKey">The EncodingAESKey.</param>
    /// <param name="appId">The AppId appended to the plaintext.</param>
    /// <param name="message">The message (XML) text.</param>
    /// <returns>The Base64 text of the <c>Encrypt</c> element.</returns>
    public static string Encrypt(string encodingAesKey, string appId, string message)
    {
        ArgumentNullException.ThrowIfNull(appId);
        ArgumentNullException.ThrowIfNull(message);
        var key = KeyOf(encodingAesKey);
        var msg = Encoding.UTF8.GetBytes(message);
        var app = Encoding.UTF8.GetBytes(appId);
        var length = 16 + 4 + msg.Length + app.Length;
        var pad = Block - (length % Block);
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), msg.Length);
        msg.CopyTo(plain, 20);
        app.CopyTo(plain, 20 + msg.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>Decrypts the <c>Encrypt</c> element and checks that the message was meant for <paramref name="appId"/>.</summary>
    /// <param name="encodingAesKey">The EncodingAESKey.</param>
    /// <param name="appId">The expected AppId.</param>
    /// <param name="encrypted">The Base64 text of the <c>Encrypt</c> element.</param>
    /// <returns>The message text.</returns>
    /// <exception cref="MemberCardsSignatureException">The text does not decrypt, or was meant for another AppId.</exception>
    public static string Decrypt(string encodingAesKey, string appId, string encrypted)
    {
        ArgumentNullException.ThrowIfNull(appId);
        ArgumentNullException.ThrowIfNull(encrypted);
        var key = KeyOf(encodingAesKey);
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException ex)
        {
            throw new MemberCardsSignatureException(WeChatConstants.ServiceName, SignatureFailureReason.Malformed, "The Encrypt element is not Base64.", ex);
        }

        if (cipher.Length == 0 || cipher.Length % 16 != 0)
        {
            throw new MemberCardsSignatureException(WeChatConstants.ServiceName, SignatureFailureReason.Malformed, "The Encrypt element has an invalid length.");
        }

        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(cipher, key.AsSpan(0, 16), PaddingMode.None);
        int pad = plain[^1];
        if (pad is < 1 or > Block || pad > plain.Length - 20)
        {
            throw new MemberCardsSignatureException(WeChatConstants.ServiceName, SignatureFailureReason.Mismatch, "The Encrypt element does not decrypt with the EncodingAESKey.");
        }

        var body = plain.AsSpan(0, plain.Length - pad);
        var msgLength = BinaryPrimitives.ReadInt32BigEndian(body.Slice(16, 4));
        if (msgLength < 0 || msgLength > body.Length - 20)
        {
            throw new MemberCardsSignatureException(WeChatConstants.ServiceName, SignatureFailureReason.Mismatch, "The Encrypt element does not decrypt with the EncodingAESKey.");
        }

        var receivedAppId = Encoding.UTF8.GetString(body[(20 + msgLength)..]);
        if (!string.Equals(receivedAppId, appId, StringComparison.Ordinal))
        {
            throw new MemberCardsSignatureException(WeChatConstants.ServiceName, SignatureFailureReason.Mismatch, "The encrypted message was meant for another AppId.");
        }

        return Encoding.UTF8.GetString(body.Slice(20, msgLength));
    }

    private static byte[] KeyOf(string encodingAesKey)
    {
        if (!IsValidEncodingAesKey(encodingAesKey))
        {
            throw new ArgumentException("The EncodingAESKey must be 43 characters of [A-Za-z0-9].", nameof(encodingAesKey));
        }

        return Convert.FromBase64String(encodingAesKey + "=");
    }
}
