using System.Security.Cryptography.X509Certificates;

namespace MemberCards.Sdk.Security;

/// <summary>
/// Loads RSA keys and X.509 certificates from PEM text. Call once per key and keep the result:
/// parsing is far more expensive than signing.
/// </summary>
public static class PemKeys
{
    /// <summary>Loads an RSA private key from PKCS#8 (<c>BEGIN PRIVATE KEY</c>) or PKCS#1 (<c>BEGIN RSA PRIVATE KEY</c>) PEM.</summary>
    /// <param name="pem">The PEM text (for example the content of <c>apiclient_key.pem</c>).</param>
    /// <returns>A new <see cref="RSA"/> instance owned by the caller.</returns>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    /// <exception cref="MemberCardsFormatException">The text holds no RSA private key.</exception>
    public static RSA LoadRsaPrivateKey(string pem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        if (!pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new MemberCardsFormatException(null, "RSA private key", "PEM", "expected a 'BEGIN PRIVATE KEY' (PKCS#8) or 'BEGIN RSA PRIVATE KEY' (PKCS#1) block.");
        }

        return Import(pem, "RSA private key", requirePrivate: true);
    }

    /// <summary>
    /// Loads an RSA public key from SPKI (<c>BEGIN PUBLIC KEY</c>), PKCS#1 (<c>BEGIN RSA PUBLIC KEY</c>)
    /// or an X.509 certificate (<c>BEGIN CERTIFICATE</c>) PEM.
    /// </summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>A new <see cref="RSA"/> instance owned by the caller.</returns>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    /// <exception cref="MemberCardsFormatException">The text holds no RSA public key.</exception>
    public static RSA LoadRsaPublicKey(string pem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            using var certificate = LoadCertificate(pem);
            return certificate.GetRSAPublicKey()
                ?? throw new MemberCardsFormatException(null, "RSA public key", "certificate", "the certificate does not hold an RSA key.");
        }

        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new MemberCardsFormatException(null, "RSA public key", "PEM", "a private key was given where a public key or certificate is expected.");
        }

        return Import(pem, "RSA public key", requirePrivate: false);
    }

    /// <summary>Loads an X.509 certificate from PEM (<c>BEGIN CERTIFICATE</c>).</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The certificate, owned by the caller.</returns>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    /// <exception cref="MemberCardsFormatException">The text holds no certificate.</exception>
    public static X509Certificate2 LoadCertificate(string pem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        try
        {
            return X509Certificate2.CreateFromPem(pem);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            throw new MemberCardsFormatException(null, "X.509 certificate", "PEM", "the text is not a PEM certificate ('BEGIN CERTIFICATE').", ex);
        }
    }

    /// <summary>The serial number of a certificate as upper-case hex, the form WeChat Pay uses in <c>serial_no</c>.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>The serial number, upper-case hex without separators.</returns>
    public static string SerialNumberOf(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.SerialNumber.ToUpperInvariant();
    }

    private static RSA Import(string pem, string what, bool requirePrivate)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            if (requirePrivate)
            {
                // Exporting the parameters proves the private half is present.
                _ = rsa.ExportParameters(includePrivateParameters: true);
            }

            return rsa;
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new MemberCardsFormatException(null, what, "PEM", "the PEM is malformed or is not an RSA key (EC and other key types are not accepted).", ex);
        }
    }
}
