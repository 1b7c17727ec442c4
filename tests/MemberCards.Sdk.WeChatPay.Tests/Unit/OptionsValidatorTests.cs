using System.Security.Cryptography;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class OptionsValidatorTests
{
    private static readonly string PrivateKeyPem = PublishedVectors.K1PrivateKeyPkcs8;

    private static WeChatPayOptions Valid() => new()
    {
        MerchantId = PublishedVectors.TvAMerchantId,
        CertificateSerialNumber = PublishedVectors.TvASerialNumber,
        PrivateKey = PrivateKeyPem,
        PublicKeyId = PublishedVectors.TvCSerial,
        PublicKey = PublishedVectors.P1PublicKey,
    };

    private static string Failures(WeChatPayOptions options)
    {
        var result = new WeChatPayOptionsValidator().Validate("shop", options);
        return result.Failed ? result.FailureMessage : string.Empty;
    }

    [Fact]
    public void A_complete_public_key_configuration_is_valid() => Assert.Equal(string.Empty, Failures(Valid()));

    [Fact]
    public void Each_wrong_setting_is_named()
    {
        var options = Valid();
        options.MerchantId = "19000x";
        options.CertificateSerialNumber = "not hex";
        options.PublicKeyId = "KEY_1";
        options.ApiV3Key = "short";
        options.MaxRetries = 9;
        options.CertificateRefreshInterval = TimeSpan.FromHours(13);
        var failures = Failures(options);

        Assert.Contains("WeChatPay ('shop'): MerchantId", failures, StringComparison.Ordinal);
        Assert.Contains("CertificateSerialNumber", failures, StringComparison.Ordinal);
        Assert.Contains("PublicKeyId must start with 'PUB_KEY_ID_'", failures, StringComparison.Ordinal);
        Assert.Contains("ApiV3Key must be exactly 32 characters", failures, StringComparison.Ordinal);
        Assert.Contains("MaxRetries", failures, StringComparison.Ordinal);
        Assert.Contains("CertificateRefreshInterval", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_mode_is_required()
    {
        var options = Valid();
        options.PublicKeyId = null;
        options.PublicKey = null;

        Assert.Contains("set PublicKeyId + PublicKey", Failures(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Public_key_id_without_key_is_named()
    {
        var options = Valid();
        options.PublicKey = null;
        options.ApiV3Key = new string('k', 32);

        Assert.Contains("PublicKeyId and PublicKey must be set together", Failures(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_or_neither_private_key_sources_are_refused()
    {
        var options = Valid();
        options.PrivateKeyPath = "/nonexistent/apiclient_key.pem";
        Assert.Contains("exactly one of PrivateKey", Failures(options), StringComparison.Ordinal);

        options.PrivateKey = null;
        Assert.Contains("PrivateKeyPath '/nonexistent/apiclient_key.pem' does not exist", Failures(options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_key_that_is_not_a_pem_key_is_named()
    {
        var options = Valid();
        options.PrivateKey = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----";
        Assert.Contains("PrivateKey does not hold a PEM RSA private key", Failures(options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_key_file_is_accepted()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var rsa = RSA.Create(2048))
            {
                File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            }

            var options = Valid();
            options.PrivateKey = null;
            options.PrivateKeyPath = path;
            Assert.Equal(string.Empty, Failures(options));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToString_never_shows_secrets()
    {
        var options = Valid();
        options.ApiV3Key = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
        var text = options.ToString();

        Assert.DoesNotContain("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MIIEvAIBADANBgkqhkiG9w0BAQEFAASC", text, StringComparison.Ordinal);
        Assert.Contains("1900007291", text, StringComparison.Ordinal);
    }
}
