namespace MemberCards.Sdk.Security;

/// <summary>
/// RSAES-OAEP with SHA-1 and MGF1-SHA1 (empty label), Base64 output: WeChat Pay's sensitive-field encryption.
/// </summary>
public static class RsaOaep
{
    /// <summary>Encrypts UTF-8 text with a public key.</summary>
    /// <param name="publicKey">The recipient's public key (WeChat Pay public key or platform certificate key).</param>
    /// <param name="plaintext">The text; at most 214 UTF-8 bytes for a 2048-bit key.</param>
    /// <returns>The ciphertext, Base64.</returns>
    /// <exception cref="ArgumentException">The text is too long for the key.</exception>
    public static string Encrypt(RSA publicKey, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(plaintext);
        var bytes = Encoding.UTF8.GetBytes(plaintext);
        var max = (publicKey.KeySize / 8) - 42;
        if (bytes.Length > max)
        {
            throw new ArgumentException($"The text is {bytes.Length} UTF-8 bytes; RSA-OAEP with a {publicKey.KeySize}-bit key takes at most {max}.", nameof(plaintext));
        }

        return Convert.ToBase64String(publicKey.Encrypt(bytes, RSAEncryptionPadding.OaepSHA1));
    }

    /// <summary>Decrypts Base64 ciphertext with a private key into UTF-8 text.</summary>
    /// <param name="privateKey">The recipient's private key (the merchant API key).</param>
    /// <param name="base64Ciphertext">The ciphertext as received.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="MemberCardsFormatException">The text is not Base64, or does not decrypt with this key.</exception>
    public static string Decrypt(RSA privateKey, string base64Ciphertext)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        ArgumentNullException.ThrowIfNull(base64Ciphertext);
        var cipher = Base64Text.Decode(base64Ciphertext, "RSA-OAEP ciphertext");

        try
        {
            return Encoding.UTF8.GetString(privateKey.Decrypt(cipher, RSAEncryptionPadding.OaepSHA1));
        }
        catch (CryptographicException ex)
        {
            throw new MemberCardsFormatException(null, "RSA-OAEP ciphertext", null, "it does not decrypt with this private key (encrypted for another key, or corrupted).", ex);
        }
    }
}
