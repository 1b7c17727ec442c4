using System.Security.Cryptography.X509Certificates;

namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>
/// An RSA-2048 key pair with a self-signed certificate, generated at run time (never stored): a merchant API key,
/// a platform certificate or a WeChat Pay public key for the emulator and tests.
/// </summary>
public sealed class WeChatPayTestKey : IDisposable
{
    private WeChatPayTestKey(RSA rsa, X509Certificate2 certificate)
    {
        Rsa = rsa;
        Certificate = certificate;
        SerialNumber = certificate.SerialNumber.ToUpperInvariant();
        PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem();
        PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem();
        CertificatePem = certificate.ExportCertificatePem();
    }

    /// <summary>The key pair.</summary>
    public RSA Rsa { get; }

    /// <summary>The self-signed certificate of the key (public part only).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate serial number, upper-case hex.</summary>
    public string SerialNumber { get; }

    /// <summary>The private key as PKCS#8 PEM (what <c>apiclient_key.pem</c> holds).</summary>
    public string PrivateKeyPem { get; }

    /// <summary>The public key as SPKI PEM (what the merchant portal shows for the WeChat Pay public key).</summary>
    public string PublicKeyPem { get; }

    /// <summary>The certificate as PEM.</summary>
    public string CertificatePem { get; }

    /// <summary>Generates a key and a certificate valid from yesterday for <paramref name="validity"/>.</summary>
    /// <param name="commonName">The certificate's common name.</param>
    /// <param name="validity">How long the certificate is valid; 5 years by default.</param>
    /// <returns>The key.</returns>
    public static WeChatPayTestKey Create(string commonName = "MemberCards.Sdk test", TimeSpan? validity = null)
    {
        var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var serial = RandomNumberGenerator.GetBytes(20);
        serial[0] &= 0x7F;
        serial[0] |= 0x10;
        var notBefore = DateTimeOffset.UtcNow.AddDays(-1);
        using var signed = request.Create(request.SubjectName, X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1), notBefore, notBefore + (validity ?? TimeSpan.FromDays(5 * 365)), serial);
        var publicOnly = X509Certificate2.CreateFromPem(signed.ExportCertificatePem());
        return new WeChatPayTestKey(rsa, publicOnly);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Certificate.Dispose();
        Rsa.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"WeChatPayTestKey {SerialNumber}";
}
