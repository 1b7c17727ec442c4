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

        Assert.Contains("MemberCards:WeChatPay(shop):MerchantId is required", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):CertificateSerialNumber", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):PublicKeyId must start with 'PUB_KEY_ID_'", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):ApiV3Key must be exactly 32 bytes in UTF-8 (the APIv3 key set in the merchant portal is 32 ASCII characters); it is 5 bytes.", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):MaxRetries must be between 0 and 5.", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):CertificateRefreshInterval must be between", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_mode_is_required()
    {
        var options = Valid();
        options.PublicKeyId = null;
        options.PublicKey = null;

        Assert.Contains("MemberCards:WeChatPay(shop):PublicKey or ApiV3Key is required: set PublicKeyId + PublicKey", Failures(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Public_key_id_without_key_is_named()
    {
        var options = Valid();
        options.PublicKey = null;
        options.ApiV3Key = new string('k', 32);

        Assert.Contains("MemberCards:WeChatPay(shop):PublicKey must be set together with PublicKeyId.", Failures(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_or_neither_private_key_sources_are_refused()
    {
        var options = Valid();
        options.PrivateKeyPath = "/nonexistent/apiclient_key.pem";
        Assert.Contains("MemberCards:WeChatPay(shop):PrivateKey or PrivateKeyPath is required, exactly one of them", Failures(options), StringComparison.Ordinal);

        options.PrivateKey = null;
        Assert.Contains("MemberCards:WeChatPay(shop):PrivateKeyPath '/nonexistent/apiclient_key.pem' does not exist", Failures(options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_key_that_is_not_a_pem_key_is_named()
    {
        var options = Valid();
        options.PrivateKey = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----";
        Assert.Contains("MemberCards:WeChatPay(shop):PrivateKey does not hold a PEM RSA private key", Failures(options), StringComparison.Ordinal);
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
    public void The_default_registration_is_named_without_brackets()
    {
        var options = Valid();
        options.MerchantId = null;
        var result = new WeChatPayOptionsValidator().Validate(string.Empty, options);

        Assert.Contains("MemberCards:WeChatPay:MerchantId is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ApiV3Key_length_is_counted_in_bytes_as_the_message_says()
    {
        var options = Valid();
        options.ApiV3Key = new string('密', 11);

        // 11 characters, 33 UTF-8 bytes: refused, and the message counts bytes.
        Assert.Contains("ApiV3Key must be exactly 32 bytes in UTF-8 (the APIv3 key set in the merchant portal is 32 ASCII characters); it is 33 bytes.", Failures(options), StringComparison.Ordinal);
        options.ApiV3Key = new string('k', 32);
        Assert.Equal(string.Empty, Failures(options));
    }

    [Fact]
    public void A_pem_with_literal_backslash_n_gets_a_hint()
    {
        var options = Valid();
        options.PrivateKey = PrivateKeyPem.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        options.PublicKey = PublishedVectors.P1PublicKey.Replace("\n", "\\n", StringComparison.Ordinal);
        var failures = Failures(options);

        Assert.Contains("MemberCards:WeChatPay(shop):PrivateKey does not hold a PEM RSA private key (apiclient_key.pem, 'BEGIN PRIVATE KEY'). It contains a literal \\n instead of line breaks", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):PublicKey is not a PEM RSA public key ('BEGIN PUBLIC KEY'). It contains a literal \\n", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Inbound_settings_are_checked()
    {
        var options = Valid();
        options.DeduplicationWindow = TimeSpan.Zero;
        options.MaxMessageBytes = 10;
        options.ProcessingTimeout = TimeSpan.Zero;
        options.AttemptTimeout = TimeSpan.FromMinutes(5);
        var failures = Failures(options);

        Assert.Contains("MemberCards:WeChatPay(shop):DeduplicationWindow must be positive.", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):MaxMessageBytes must be at least 1024.", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):ProcessingTimeout must be positive.", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(shop):AttemptTimeout must be between 10 ms and 1 hour, and not longer than Timeout.", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deduplication_window_shorter_than_twice_the_notification_timestamp_window_is_refused()
    {
        var options = Valid();
        options.DeduplicationWindow = TimeSpan.FromMinutes(9);
        var tooShort = Failures(options);
        options.DeduplicationWindow = TimeSpan.FromMinutes(10);

        Assert.Contains("MemberCards:WeChatPay(shop):DeduplicationWindow (00:09:00) must be at least twice the notification timestamp window WeChatPayConstants.SignatureWindow (00:05:00)", tooShort, StringComparison.Ordinal);
        Assert.DoesNotContain("DeduplicationWindow", Failures(options), StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_of_the_inbound_settings()
    {
        var options = new WeChatPayOptions();

        Assert.Equal(TimeSpan.FromDays(2), options.DeduplicationWindow);
        Assert.Equal(64 * 1024, options.MaxMessageBytes);
        Assert.Equal(TimeSpan.FromMinutes(2), options.ProcessingTimeout);
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

    [Fact]
    public void A_pem_pasted_into_PrivateKeyPath_is_not_echoed_by_the_validator_or_ToString()
    {
        var options = Valid();
        options.PrivateKey = null;
        options.PrivateKeyPath = PrivateKeyPem;

        var failures = Failures(options);
        var text = options.ToString();

        Assert.Contains("MemberCards:WeChatPay(shop):PrivateKeyPath (a value that looks like key text, not a path; not shown) does not exist.", failures, StringComparison.Ordinal);
        Assert.Contains("PrivateKeyPath = (a value that looks like key text, not a path; not shown)", text, StringComparison.Ordinal);
        foreach (var shown in new[] { failures, text })
        {
            Assert.DoesNotContain("BEGIN", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("MIIEvAIBADANBgkqhkiG9w0BAQEFAASC", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_single_line_key_pasted_into_PrivateKeyPath_is_not_echoed()
    {
        var base64 = string.Concat(PrivateKeyPem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)).Select(line => line.Trim()));
        var options = Valid();
        options.PrivateKey = null;
        options.PrivateKeyPath = base64;

        Assert.True(base64.Length > 1024);
        Assert.DoesNotContain(base64[..64], Failures(options), StringComparison.Ordinal);
        Assert.DoesNotContain(base64[..64], options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_shows_a_private_key_path()
    {
        var options = Valid();
        options.PrivateKey = null;
        options.PrivateKeyPath = "/etc/membercards/apiclient_key.pem";

        Assert.Contains("PrivateKeyPath = '/etc/membercards/apiclient_key.pem'", options.ToString(), StringComparison.Ordinal);
    }
}
