using System.Globalization;
using System.Text;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

/// <summary>Issue 21: the brand-direct family's Authorization, against fixed inputs.</summary>
public sealed class BrandAuthorizationTests
{
    [Fact]
    public void The_brand_header_carries_its_five_pairs_in_the_documented_order()
    {
        var header = RequestSignature.FormatBrandAuthorization("1004", PublishedVectors.TvANonce, long.Parse(PublishedVectors.TvATimestamp, CultureInfo.InvariantCulture), PublishedVectors.TvASerialNumber, PublishedVectors.TvASignature);

        Assert.Equal($"WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\"{PublishedVectors.TvASignature}\",timestamp=\"1554208460\",serial_no=\"408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB\"", header);
    }

    [Fact]
    public void A_brand_signs_the_same_message_as_a_partner_so_the_published_vector_holds()
    {
        var options = new WeChatPayOptions { Family = WeChatPayFamily.Brand, BrandId = "1004", CertificateSerialNumber = PublishedVectors.TvASerialNumber, PrivateKey = PublishedVectors.K1PrivateKeyPkcs8 };
        var credentials = WeChatPayCredentials.From(options);
        var message = RequestSignature.BuildMessage("POST", PublishedVectors.TvAUrl, long.Parse(PublishedVectors.TvATimestamp, CultureInfo.InvariantCulture), PublishedVectors.TvANonce, Encoding.UTF8.GetBytes(PublishedVectors.TvABody));

        var header = credentials.Authorization(PublishedVectors.TvANonce, 1554208460, RequestSignature.Sign(credentials.PrivateKey, message));

        Assert.Equal($"WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\"{PublishedVectors.TvASignature}\",timestamp=\"1554208460\",serial_no=\"408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB\"", header);
    }

    [Fact]
    public void A_partner_registration_keeps_the_APIv3_header()
    {
        var options = new WeChatPayOptions { MerchantId = PublishedVectors.TvAMerchantId, BrandId = "1004", CertificateSerialNumber = PublishedVectors.TvASerialNumber, PrivateKey = PublishedVectors.K1PrivateKeyPkcs8 };

        var header = WeChatPayCredentials.From(options).Authorization("N", 1554208460, "c2ln");

        Assert.Equal("WECHATPAY2-SHA256-RSA2048 mchid=\"1900007291\",nonce_str=\"N\",timestamp=\"1554208460\",serial_no=\"408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB\",signature=\"c2ln\"", header);
    }

    [Fact]
    public void A_brand_registration_names_its_brand_and_public_key_settings()
    {
        var options = new WeChatPayOptions { Family = WeChatPayFamily.Brand, CertificateSerialNumber = PublishedVectors.TvASerialNumber, PrivateKey = PublishedVectors.K1PrivateKeyPkcs8 };

        var failures = new WeChatPayOptionsValidator().Validate("brand", options).FailureMessage;

        Assert.Contains("MemberCards:WeChatPay(brand):BrandId is required for a brand registration (Family = Brand)", failures, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(brand):PublicKeyId is required for a brand registration (Family = Brand)", failures, StringComparison.Ordinal);
        Assert.DoesNotContain("MerchantId", failures, StringComparison.Ordinal);
        Assert.DoesNotContain("ApiV3Key", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_brand_registration_needs_no_merchant_id()
    {
        var options = new WeChatPayOptions
        {
            Family = WeChatPayFamily.Brand,
            BrandId = "1004",
            CertificateSerialNumber = PublishedVectors.TvASerialNumber,
            PrivateKey = PublishedVectors.K1PrivateKeyPkcs8,
            PublicKeyId = PublishedVectors.TvCSerial,
            PublicKey = PublishedVectors.P1PublicKey,
        };

        Assert.True(new WeChatPayOptionsValidator().Validate("brand", options).Succeeded);
    }
}
