namespace MemberCards.Sdk.Security;

/// <summary>SHA256withRSA (RSASSA-PKCS1-v1_5) signatures in standard padded Base64, as WeChat Pay APIv3 uses them.</summary>
public static class RsaSha256
{
    /// <summary>Signs a message.</summary>
    /// <param name="privateKey">The signer's private key (parsed once, see <see cref="PemKeys"/>).</param>
    /// <param name="message">The exact bytes to sign.</param>
    /// <returns>The signature, Base64.</returns>
    /// <exception cref="ArgumentException">The key has no private part.</exception>
    public static string Sign(RSA privateKey, ReadOnlySpan<byte> message)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        Span<byte> signature = stackalloc byte[512];
        try
        {
            if (privateKey.TrySignData(message, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out var written))
            {
                return Convert.ToBase64String(signature[..written]);
            }

            return Convert.ToBase64String(privateKey.SignData(message.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException("The key cannot sign: it is not an RSA private key.", nameof(privateKey), ex);
        }
    }

    /// <summary>Verifies a Base64 signature. Malformed Base64 (such as a <c>WECHATPAY/SIGNTEST/</c> probe) is a failed verification, not an error.</summary>
    /// <param name="publicKey">The signer's public key.</param>
    /// <param name="message">The exact bytes that were signed.</param>
    /// <param name="base64Signature">The signature as received.</param>
    /// <returns><see langword="true"/> only when the signature is valid for the message and key.</returns>
    public static bool Verify(RSA publicKey, ReadOnlySpan<byte> message, string? base64Signature)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        if (string.IsNullOrEmpty(base64Signature) || base64Signature.Length > 1368)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[1024];
        if (!Convert.TryFromBase64String(base64Signature, signature, out var length))
        {
            return false;
        }

        try
        {
            return publicKey.VerifyData(message, signature[..length], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
