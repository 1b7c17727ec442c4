using System.Globalization;
using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class RequestSignatureTests
{
    [Fact]
    public void TV_A_message_signed_with_the_documentation_key_gives_the_published_signature()
    {
        using var key = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);
        var message = RequestSignature.BuildMessage("POST", PublishedVectors.TvAUrl, long.Parse(PublishedVectors.TvATimestamp, CultureInfo.InvariantCulture), PublishedVectors.TvANonce, Encoding.UTF8.GetBytes(PublishedVectors.TvABody));

        Assert.Equal($"POST\n/v3/pay/transactions/jsapi\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{PublishedVectors.TvABody}\n", Encoding.UTF8.GetString(message));
        Assert.Equal(PublishedVectors.TvASignature, RequestSignature.Sign(key, message));
    }

    [Fact]
    public void Authorization_header_carries_the_five_fields_in_the_documented_syntax()
    {
        var header = RequestSignature.FormatAuthorization(PublishedVectors.TvAMerchantId, PublishedVectors.TvANonce, long.Parse(PublishedVectors.TvATimestamp, CultureInfo.InvariantCulture), PublishedVectors.TvASerialNumber, PublishedVectors.TvASignature);

        Assert.Equal($"WECHATPAY2-SHA256-RSA2048 mchid=\"1900007291\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",timestamp=\"1554208460\",serial_no=\"408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB\",signature=\"{PublishedVectors.TvASignature}\"", header);
    }

    [Fact]
    public void A_GET_message_ends_with_an_empty_body_line()
    {
        var message = RequestSignature.BuildMessage("GET", "/v3/brand/partner/card-member/user-cards/478515832665?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&openid=o%2Bx", 1700000000, "N", []);

        Assert.Equal("GET\n/v3/brand/partner/card-member/user-cards/478515832665?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&openid=o%2Bx\n1700000000\nN\n\n", Encoding.UTF8.GetString(message));
    }

    [Fact]
    public void Nonces_are_32_alphanumeric_characters_and_differ()
    {
        var first = RequestSignature.CreateNonce();
        var second = RequestSignature.CreateNonce();

        Assert.Equal(32, first.Length);
        Assert.All(first, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
        Assert.NotEqual(first, second);
    }
}
