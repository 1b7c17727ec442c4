using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class PemKeysTests
{
    private static readonly byte[] K1Modulus = LoadModulus();

    [Theory]
    [InlineData(nameof(PublishedVectors.K1PrivateKeyPkcs8))]
    [InlineData(nameof(TestKeys.K1Pkcs1))]
    public void LoadRsaPrivateKey_reads_PKCS8_and_PKCS1(string which)
    {
        using var key = PemKeys.LoadRsaPrivateKey(Pem(which));
        Assert.Equal(2048, key.KeySize);
        Assert.Equal(K1Modulus, key.ExportParameters(true).Modulus);
    }

    [Theory]
    [InlineData(nameof(PublishedVectors.K1PublicKeySpki))]
    [InlineData(nameof(TestKeys.K1Pkcs1Public))]
    [InlineData(nameof(TestKeys.K1Certificate))]
    public void LoadRsaPublicKey_reads_SPKI_PKCS1_and_certificates(string which)
    {
        using var key = PemKeys.LoadRsaPublicKey(Pem(which));
        Assert.Equal(K1Modulus, key.ExportParameters(false).Modulus);
    }

    [Fact]
    public void LoadRsaPrivateKey_accepts_surrounding_text_and_CRLF_line_ends()
    {
        var pem = "Bag Attributes: apiclient_key\r\n" + PublishedVectors.K1PrivateKeyPkcs8.ReplaceLineEndings("\r\n") + "\r\n";
        using var key = PemKeys.LoadRsaPrivateKey(pem);
        Assert.Equal(K1Modulus, key.ExportParameters(false).Modulus);
    }

    [Fact]
    public void LoadCertificate_and_SerialNumberOf_give_the_upper_case_hex_serial()
    {
        using var certificate = PemKeys.LoadCertificate(TestKeys.K1Certificate);
        Assert.Equal(PublishedVectors.TvASerialNumber, PemKeys.SerialNumberOf(certificate));
        Assert.Equal(K1Modulus, certificate.GetRSAPublicKey()!.ExportParameters(false).Modulus);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n")]
    public void Empty_text_is_an_argument_error_for_every_loader(string? pem)
    {
        Assert.ThrowsAny<ArgumentException>(() => PemKeys.LoadRsaPrivateKey(pem!));
        Assert.ThrowsAny<ArgumentException>(() => PemKeys.LoadRsaPublicKey(pem!));
        Assert.ThrowsAny<ArgumentException>(() => PemKeys.LoadCertificate(pem!));
    }

    [Fact]
    public void SerialNumberOf_null_is_an_argument_error()
        => Assert.Throws<ArgumentNullException>(() => PemKeys.SerialNumberOf(null!));

    [Fact]
    public void A_public_key_where_a_private_key_is_expected_is_a_format_error()
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PublicKeySpki));
        Assert.Equal("RSA private key", ex.Target);
        Assert.Contains("BEGIN PRIVATE KEY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_where_a_private_key_is_expected_is_a_format_error()
        => Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPrivateKey(TestKeys.K1Certificate));

    [Fact]
    public void A_private_key_where_a_public_key_is_expected_is_refused_without_echoing_it()
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPublicKey(PublishedVectors.K1PrivateKeyPkcs8));
        Assert.Contains("private key was given", ex.Message, StringComparison.Ordinal);
        AssertNoKeyMaterial(ex, PublishedVectors.K1PrivateKeyPkcs8);
    }

    [Fact]
    public void An_EC_private_key_is_a_format_error_naming_the_key_type()
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPrivateKey(TestKeys.EcPrivate));
        Assert.Contains("not an RSA key", ex.Message, StringComparison.Ordinal);
        AssertNoKeyMaterial(ex, TestKeys.EcPrivate);
    }

    [Fact]
    public void An_EC_public_key_is_a_format_error()
        => Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPublicKey(TestKeys.EcPublic));

    [Fact]
    public void An_EC_certificate_is_a_format_error_when_an_RSA_key_is_wanted()
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPublicKey(TestKeys.EcCertificate));
        Assert.Contains("does not hold an RSA key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_Base64_inside_the_armour_is_a_format_error()
    {
        var broken = PublishedVectors.K1PrivateKeyPkcs8.Replace("MIIEvAIBADANBgkqhkiG9w0BAQEFAASC", "MIIEvAIBADANBgkqhkiG9w0BAQEFAA!!", StringComparison.Ordinal);
        Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPrivateKey(broken));
    }

    [Fact]
    public void A_truncated_key_is_a_format_error()
    {
        var lines = PublishedVectors.K1PrivateKeyPkcs8.Split('\n');
        var truncated = string.Join('\n', lines.Take(10).Append("-----END PRIVATE KEY-----"));
        Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPrivateKey(truncated));
    }

    [Theory]
    [InlineData("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    [InlineData("just some text")]
    public void Text_without_a_usable_public_key_is_a_format_error(string pem)
        => Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadRsaPublicKey(pem.Replace("PRIVATE", "PUBLIC", StringComparison.Ordinal)));

    [Theory]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")]
    [InlineData("-----BEGIN CERTIFICATE-----\n%%%%\n-----END CERTIFICATE-----")]
    [InlineData("no armour at all")]
    public void A_malformed_certificate_is_a_format_error(string pem)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadCertificate(pem));
        Assert.Equal("X.509 certificate", ex.Target);
    }

    [Fact]
    public void A_private_key_given_as_a_certificate_is_a_format_error()
        => Assert.Throws<MemberCardsFormatException>(() => PemKeys.LoadCertificate(PublishedVectors.K1PrivateKeyPkcs8));

    private static void AssertNoKeyMaterial(Exception ex, string pem)
    {
        var body = pem.Split('\n')[1];
        for (var e = ex; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(body, e.Message, StringComparison.Ordinal);
        }
    }

    private static string Pem(string which) => (string)(typeof(TestKeys).GetField(which) ?? typeof(PublishedVectors).GetField(which))!.GetValue(null)!;

    private static byte[] LoadModulus()
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(PublishedVectors.K1PrivateKeyPkcs8);
        return rsa.ExportParameters(false).Modulus!;
    }
}
