using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

public sealed class UserCardTests
{
    private static void AssertSampleCard(UserCard card)
    {
        Assert.Equal("478515832665", card.UserCardCode);
        Assert.Equal("pbLatjvWOibDc5-TBnbUk1pD12o0", card.CardId);
        Assert.Equal("obLatjnx9gnqzS4myYGmLZ7LgLBA", card.OpenId);
        Assert.Equal("#FFFF00", card.CardColor);
        Assert.Equal("https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0", card.CardPictureUrl);
        Assert.Equal("1004", card.BrandId);
        Assert.Equal(CardType.Normal, card.CardType);
        Assert.Equal("13800138000", card.PhoneNumber!.Reveal());
        Assert.Equal("钻石会员", card.Level);
        Assert.Equal(ValidityType.FixTimeRange, card.ValidDateInformation!.Type);
        Assert.Equal(new DateTimeOffset(2020, 5, 20, 13, 29, 35, 120, TimeSpan.FromHours(8)), card.ValidDateInformation.AvailableBeginTime);
        Assert.Equal(new DateTimeOffset(2030, 5, 20, 13, 29, 35, 120, TimeSpan.FromHours(8)), card.ValidDateInformation.AvailableEndTime);
        Assert.Equal(200, card.ValidDateInformation.AvailableDayAfterReceive);
        Assert.Equal(new DateTimeOffset(2020, 5, 20, 13, 29, 35, 120, TimeSpan.FromHours(8)), card.PickupTime);
        Assert.Equal(UserFormField.Sex, card.UserInformation!.CommonFieldList![0].Name);
        Assert.Equal("男", card.UserInformation.CommonFieldList[0].Value!.Reveal());
        Assert.Equal("喜欢的运动", card.UserInformation.CustomFieldList![0].Name);
        Assert.Equal(["游泳", "跑步"], card.UserInformation.CustomFieldList[0].UserChosenValues!.Select(v => v!.Reveal()));
        Assert.Equal("自定义数据说明", card.Attach);
        Assert.Equal(UserCardState.Effective, card.UserCardState);
    }

    private static void AssertSignedByteExact(WeChatPayEmulator emulator, RecordedRequest request, string? rawTarget = null)
    {
        var authorization = request.Header("Authorization")!;
        Assert.StartsWith("WECHATPAY2-SHA256-RSA2048 mchid=\"1900007291\",nonce_str=\"", authorization, StringComparison.Ordinal);
        Assert.Contains($"serial_no=\"{emulator.MerchantKey.SerialNumber}\"", authorization, StringComparison.Ordinal);
        var fields = authorization["WECHATPAY2-SHA256-RSA2048 ".Length..].Split(',').ToDictionary(p => p[..p.IndexOf('=', StringComparison.Ordinal)], p => p[(p.IndexOf('=', StringComparison.Ordinal) + 2)..^1]);
        var message = RequestSignature.BuildMessage(request.Method, rawTarget ?? request.PathAndQuery, long.Parse(fields["timestamp"], System.Globalization.CultureInfo.InvariantCulture), fields["nonce_str"], request.Body.Span);
        Assert.True(RsaSha256.Verify(emulator.MerchantKey.Rsa, message, fields["signature"]));
        Assert.Contains("MemberCards.Sdk.WeChatPay/", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal("application/json", request.Header("Accept"));
    }

    [Fact]
    public async Task Get_in_public_key_mode_is_signed_byte_exact_verified_and_decrypted()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var card = await harness.Client.GetUserCardAsync(Harness.SampleGet());

        AssertSampleCard(card);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v3/brand/partner/card-member/user-cards/478515832665?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&openid=obLatjnx9gnqzS4myYGmLZ7LgLBA", request.PathAndQuery);
        Assert.Equal(harness.Emulator.PublicKeyId, request.Header("Wechatpay-Serial"));
        Assert.Equal(0, request.Body.Length);
        AssertSignedByteExact(harness.Emulator, request);
        Assert.Equal(0, harness.Emulator.CertificateDownloads);
    }

    [Fact]
    public async Task Get_in_certificate_mode_downloads_the_certificates_once_and_sends_their_serial()
    {
        await using var harness = await Harness.CertificateModeAsync();

        AssertSampleCard(await harness.Client.GetUserCardAsync(Harness.SampleGet()));
        AssertSampleCard(await harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal(1, harness.Emulator.CertificateDownloads);
        var calls = harness.Emulator.Host.Requests.Where(r => r.Path.Contains("user-cards", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, r => Assert.Equal(harness.Emulator.CurrentPlatformKey.SerialNumber, r.Header("Wechatpay-Serial")));
        Assert.Null(harness.Emulator.Host.Requests.First(r => r.Path == "/v3/certificates").Header("Wechatpay-Serial"));
    }

    [Fact]
    public async Task Query_values_are_percent_encoded_and_signed_as_sent()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var card = WeChatPayEmulator.SampleUserCard("A 1+中");
        card["openid"] = "o+id/=中";
        harness.Emulator.PutUserCard(card);

        var read = await harness.Client.GetUserCardAsync(new GetUserCardRequest { UserCardCode = "A 1+中", BrandId = "1004", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", OpenId = "o+id/=中" });

        Assert.Equal("A 1+中", read.UserCardCode);
        var target = harness.Emulator.RequestTargets[^1];
        Assert.Equal("/v3/brand/partner/card-member/user-cards/A%201%2B%E4%B8%AD?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&openid=o%2Bid%2F%3D%E4%B8%AD", target);
        AssertSignedByteExact(harness.Emulator, harness.Emulator.Host.Requests[^1], target);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Patch_encrypts_sensitive_fields_to_the_trusted_key_and_names_it(bool publicKeyMode)
    {
        await using var harness = publicKeyMode ? await Harness.PublicKeyModeAsync() : await Harness.CertificateModeAsync();
        var update = new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            PhoneNumber = SensitiveText.FromPlaintext("13900139000"),
            Level = "黄金会员",
            PickupTime = new DateTimeOffset(2021, 1, 2, 3, 4, 5, 600, TimeSpan.FromHours(8)),
            UserInformation = new UserInformation
            {
                CommonFieldList = [new CommonField { Name = UserFormField.Name, Value = SensitiveText.FromPlaintext("张三") }],
                CustomFieldList = [new CustomField { Name = "喜欢的运动", UserChosenValues = [SensitiveText.FromPlaintext("篮球")] }],
            },
        };

        var card = await harness.Client.UpdateUserCardAsync(update);

        Assert.Equal("13900139000", card.PhoneNumber!.Reveal());
        Assert.Equal("黄金会员", card.Level);
        Assert.Equal("张三", card.UserInformation!.CommonFieldList![0].Value!.Reveal());
        Assert.Equal(["篮球"], card.UserInformation.CustomFieldList![0].UserChosenValues!.Select(v => v!.Reveal()));
        var stored = harness.Emulator.GetUserCard("478515832665")!;
        Assert.Equal("13900139000", (string?)stored["phone_number"]);
        Assert.Equal("2021-01-02T03:04:05.6+08:00", (string?)stored["pickup_time"]);

        var request = harness.Emulator.Host.Requests.Single(r => r.Method == "PATCH");
        Assert.Equal("/v3/brand/partner/card-member/user-cards/478515832665?card_id=pbLatjvWOibDc5-TBnbUk1pD12o0", request.PathAndQuery);
        var expectedSerial = publicKeyMode ? harness.Emulator.PublicKeyId : harness.Emulator.CurrentPlatformKey.SerialNumber;
        Assert.Equal(expectedSerial, request.Header("Wechatpay-Serial"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.DoesNotContain("13900139000", request.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", request.BodyText, StringComparison.Ordinal);
        Assert.Contains("\"level\":\"黄金会员\"", request.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("user_card_code", request.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("null", request.BodyText, StringComparison.Ordinal);
        var phoneCipher = System.Text.Json.JsonDocument.Parse(request.Body).RootElement.GetProperty("phone_number").GetString()!;
        var key = publicKeyMode ? harness.Emulator.PublicKey.Rsa : harness.Emulator.CurrentPlatformKey.Rsa;
        Assert.Equal("13900139000", RsaOaep.Decrypt(key, phoneCipher));
        AssertSignedByteExact(harness.Emulator, request);
    }

    [Fact]
    public async Task A_card_carries_the_ciphertext_and_a_caller_ciphertext_is_sent_as_given_with_its_serial()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var card = await harness.Client.GetUserCardAsync(Harness.SampleGet());

        Assert.NotEqual("13800138000", card.PhoneNumber!.Ciphertext);
        Assert.Equal("13800138000", RsaOaep.Decrypt(harness.Emulator.MerchantKey.Rsa, card.PhoneNumber.Ciphertext!));
        var cipher = RsaOaep.Encrypt(harness.Emulator.PublicKey.Rsa, "13700137000");
        var update = new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            PhoneNumber = SensitiveText.FromCiphertext(cipher, harness.Emulator.PublicKeyId),
        };
        await harness.Client.UpdateUserCardAsync(update);
        var request = harness.Emulator.Host.Requests.Single(r => r.Method == "PATCH");
        Assert.Contains($"\"phone_number\":\"{cipher}\"", request.BodyText, StringComparison.Ordinal);
        Assert.Equal(harness.Emulator.PublicKeyId, request.Header("Wechatpay-Serial"));
        Assert.Equal("13700137000", (string?)harness.Emulator.GetUserCard("478515832665")!["phone_number"]);
    }

    [Fact]
    public async Task A_missing_card_is_an_api_exception_with_code_and_request_id()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet("nope")));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("RESOURCE_NOT_EXISTS", error.ErrorCode);
        Assert.Equal("会员卡不存在", error.ErrorMessage);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Null(error.SigningMessage);
    }

    [Fact]
    public async Task A_wrong_merchant_key_gives_sign_error_with_the_signed_message_and_no_key()
    {
        using var wrong = WeChatPayTestKey.Create("wrong");
        await using var harness = await Harness.PublicKeyModeAsync(o => o.PrivateKey = wrong.PrivateKeyPem);

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("SIGN_ERROR", error.ErrorCode);
        Assert.Contains("\"sign_information\"", error.Details, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"/v3/brand/partner/card-member/user-cards/478515832665?brand_id=1004", error.Details, StringComparison.Ordinal);
        Assert.StartsWith("GET\n/v3/brand/partner/card-member/user-cards/478515832665?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&openid=obLatjnx9gnqzS4myYGmLZ7LgLBA\n", error.SigningMessage, StringComparison.Ordinal);
        Assert.EndsWith("\n\n", error.SigningMessage, StringComparison.Ordinal);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Contains(Encoding.UTF8.GetString(RequestSignature.BuildMessage("GET", request.PathAndQuery, 0, "x", [])).Split('\n')[1], error.SigningMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Emulator.ApiV3Key, error.ToString(), StringComparison.Ordinal);
    }
}
