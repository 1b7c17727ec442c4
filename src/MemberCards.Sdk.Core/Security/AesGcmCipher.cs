namespace MemberCards.Sdk.Security;

/// <summary>
/// AEAD_AES_256_GCM as WeChat Pay uses it for notification resources and downloaded certificates:
/// key = the 32-byte APIv3 key, nonce and associated data as UTF-8, Base64 ciphertext with the 16-byte tag at the end.
/// </summary>
public static class AesGcmCipher
{
    /// <summary>The length of the authentication tag, in bytes.</summary>
    public const int TagSize = 16;

    /// <summary>The length of the nonce, in bytes (WeChat Pay sends 12 characters).</summary>
    public const int NonceSize = 12;

    /// <summary>Decrypts to UTF-8 text.</summary>
    /// <param name="key">The 32-byte key (the APIv3 key's UTF-8 bytes).</param>
    /// <param name="nonce">The nonce as sent (12 characters).</param>
    /// <param name="associatedData">The associated data as sent, or <see langword="null"/>.</param>
    /// <param name="base64Ciphertext">The ciphertext followed by the tag, Base64.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="ArgumentException">The key is not 32 bytes or the nonce is empty.</exception>
    /// <exception cref="MemberCardsFormatException">The ciphertext is not Base64 or is shorter than a tag, or the nonce is not 12 bytes.</exception>
    /// <exception cref="MemberCardsSignatureException">The tag does not verify: wrong key, or tampered data.</exception>
    public static string Decrypt(ReadOnlySpan<byte> key, string nonce, string? associatedData, string base64Ciphertext)
        => Encoding.UTF8.GetString(DecryptBytes(key, nonce, associatedData, base64Ciphertext));

    /// <summary>Decrypts to bytes.</summary>
    /// <param name="key">The 32-byte key.</param>
    /// <param name="nonce">The nonce as sent.</param>
    /// <param name="associatedData">The associated data as sent, or <see langword="null"/>.</param>
    /// <param name="base64Ciphertext">The ciphertext followed by the tag, Base64.</param>
    /// <returns>The plaintext bytes.</returns>
    /// <exception cref="ArgumentException">The key is not 32 bytes or the nonce is empty.</exception>
    /// <exception cref="MemberCardsFormatException">The ciphertext is not Base64 or is shorter than a tag, or the nonce is not 12 bytes.</exception>
    /// <exception cref="MemberCardsSignatureException">The tag does not verify.</exception>
    public static byte[] DecryptBytes(ReadOnlySpan<byte> key, string nonce, string? associatedData, string base64Ciphertext)
    {
        CheckKey(key);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        ArgumentNullException.ThrowIfNull(base64Ciphertext);
        var data = Base64Text.Decode(base64Ciphertext, "AES-GCM ciphertext");

        if (data.Length < TagSize)
        {
            throw new MemberCardsFormatException(null, "AES-GCM ciphertext", null, $"it is {data.Length} bytes, shorter than the {TagSize}-byte tag.");
        }

        var nonceBytes = Encoding.UTF8.GetBytes(nonce);
        if (nonceBytes.Length != NonceSize)
        {
            throw new MemberCardsFormatException(null, "AES-GCM ciphertext", "nonce", $"the nonce is {nonceBytes.Length} bytes; AES-GCM as WeChat Pay uses it takes {NonceSize}.");
        }

        var aad = associatedData is null ? [] : Encoding.UTF8.GetBytes(associatedData);
        var plaintext = new byte[data.Length - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(nonceBytes, data.AsSpan(0, plaintext.Length), data.AsSpan(plaintext.Length), plaintext, aad);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new MemberCardsSignatureException("WeChatPay", SignatureFailureReason.Mismatch, "The AES-GCM tag does not verify: the key is wrong (check the APIv3 key) or the data was altered.", ex);
        }
        catch (CryptographicException ex)
        {
            throw new MemberCardsFormatException(null, "AES-GCM ciphertext", null, "the platform's AES-GCM refused the input.", ex);
        }
    }

    /// <summary>Encrypts UTF-8 text (for emulators and tests; WeChat Pay is the one that encrypts in production).</summary>
    /// <param name="key">The 32-byte key.</param>
    /// <param name="nonce">The nonce (12 characters).</param>
    /// <param name="associatedData">The associated data, or <see langword="null"/>.</param>
    /// <param name="plaintext">The text to encrypt.</param>
    /// <returns>The ciphertext followed by the tag, Base64.</returns>
    /// <exception cref="ArgumentException">The key is not 32 bytes, or the nonce is not 12 bytes.</exception>
    public static string Encrypt(ReadOnlySpan<byte> key, string nonce, string? associatedData, string plaintext)
    {
        CheckKey(key);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        ArgumentNullException.ThrowIfNull(plaintext);
        var nonceBytes = Encoding.UTF8.GetBytes(nonce);
        if (nonceBytes.Length != NonceSize)
        {
            throw new ArgumentException($"The nonce must be {NonceSize} bytes; got {nonceBytes.Length}.", nameof(nonce));
        }

        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[input.Length + TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonceBytes, input, output.AsSpan(0, input.Length), output.AsSpan(input.Length), associatedData is null ? [] : Encoding.UTF8.GetBytes(associatedData));
        return Convert.ToBase64String(output);
    }

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException($"The AES-256-GCM key must be 32 bytes (the APIv3 key is 32 ASCII characters); got {key.Length}.", nameof(key));
        }
    }
}
