using System.Text.Json;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class SensitiveTextTests : IDisposable
{
    private readonly WeChatPayTestKey merchant = WeChatPayTestKey.Create("merchant (unit)");
    private readonly WeChatPayTestKey wechatPay = WeChatPayTestKey.Create("wechat pay (unit)");
    private readonly WeChatPayKeyStore keys;
    private readonly WeChatPayCredentials credentials;
    private readonly SensitiveFieldCipher cipher;

    public SensitiveTextTests()
    {
        var options = new WeChatPayOptions
        {
            MerchantId = "1900007291",
            CertificateSerialNumber = merchant.SerialNumber,
            PrivateKey = merchant.PrivateKeyPem,
            PublicKeyId = "PUB_KEY_ID_0119000072912025112200000000000001",
            PublicKey = wechatPay.PublicKeyPem,
        };
        keys = new WeChatPayKeyStore(options, () => throw new InvalidOperationException("no download in public key mode"), TimeProvider.System, NullLogger.Instance);
        credentials = WeChatPayCredentials.From(options);
        cipher = new SensitiveFieldCipher(() => credentials, keys);
    }

    public void Dispose()
    {
        keys.Dispose();
        credentials.PrivateKey.Dispose();
        merchant.Dispose();
        wechatPay.Dispose();
    }

    private UserCard Received(string json) => cipher.Attach(JsonSerializer.Deserialize(json, WeChatPayJson.For<UserCard>())!);

    private string ForMerchant(string text) => RsaOaep.Encrypt(merchant.Rsa, text);

    [Fact]
    public void A_plaintext_reveals_itself_and_never_shows_in_ToString()
    {
        var value = SensitiveText.FromPlaintext("13800138000");

        Assert.Equal("13800138000", value.Reveal());
        Assert.Null(value.Ciphertext);
        Assert.Equal("***", value.ToString());
        Assert.DoesNotContain("13800138000", new UserCard { PhoneNumber = value }.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "pCARD", BrandId = "b", OpenId = "o", PhoneNumber = value }.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("男", new CommonField { Name = UserFormField.Sex, Value = SensitiveText.FromPlaintext("男") }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_received_value_is_not_decrypted_until_revealed_then_once_for_all_threads()
    {
        var card = Received($$$"""{"user_card_code":"1","phone_number":"{{{ForMerchant("13800138000")}}}","level":"L"}""");

        Assert.False(card.PhoneNumber!.IsRevealed);
        Assert.Equal("L", card.Level);
        Assert.Equal(merchant.SerialNumber, card.PhoneNumber.KeySerialNumber);
        Assert.Equal("***", card.PhoneNumber.ToString());

        var texts = new string[16];
        Parallel.For(0, texts.Length, i => texts[i] = card.PhoneNumber.Reveal());

        Assert.True(card.PhoneNumber.IsRevealed);
        Assert.All(texts, t => Assert.Equal("13800138000", t));
        Assert.All(texts, t => Assert.Same(texts[0], t));
        Assert.Same(texts[0], card.PhoneNumber.Reveal());
    }

    [Fact]
    public void A_value_that_does_not_decrypt_fails_at_reveal_naming_field_and_key_never_the_value()
    {
        using var other = WeChatPayTestKey.Create("someone else");
        var good = ForMerchant("游泳");
        var card = Received($$$"""
            {"phone_number":"{{{RsaOaep.Encrypt(other.Rsa, "13800138000")}}}","user_information":{
              "common_field_list":[{"name":"USER_FORM_FLAG_SEX","value":"{{{good}}}"},{"name":"USER_FORM_FLAG_NAME","value":"not-ciphertext"}],
              "custom_field_list":[{"name":"a","user_chosen_values":["{{{good}}}"]},{"name":"b","user_chosen_values":["{{{good}}}","{{{good}}}","bm90LWNpcGhlcnRleHQ="]}]}}
            """);

        var phone = Assert.Throws<WeChatPaySensitiveFieldException>(() => card.PhoneNumber!.Reveal());
        var common = Assert.Throws<WeChatPaySensitiveFieldException>(() => card.UserInformation!.CommonFieldList![1].Value!.Reveal());
        var chosen = Assert.Throws<WeChatPaySensitiveFieldException>(() => card.UserInformation!.CustomFieldList![1].UserChosenValues![2]!.Reveal());

        Assert.Equal("phone_number", phone.Field);
        Assert.Equal(merchant.SerialNumber, phone.KeySerialNumber);
        Assert.Contains(merchant.SerialNumber, phone.Message, StringComparison.Ordinal);
        Assert.Contains("phone_number", phone.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", phone.ToString(), StringComparison.Ordinal);
        Assert.Equal("user_information.common_field_list[1].value", common.Field);
        Assert.Equal("user_information.common_field_list[1].value", common.Location);
        Assert.Equal("user_information.custom_field_list[1].user_chosen_values[2]", chosen.Field);
        Assert.IsAssignableFrom<MemberCardsFormatException>(chosen);
        Assert.Equal("游泳", card.UserInformation!.CommonFieldList![0].Value!.Reveal());
        Assert.False(card.UserInformation.CustomFieldList![1].UserChosenValues![0]!.IsRevealed);
    }

    [Fact]
    public void A_value_not_read_through_a_client_cannot_be_revealed_and_says_why()
    {
        var loose = JsonSerializer.Deserialize<UserCard>($$$"""{"phone_number":"{{{ForMerchant("1")}}}"}""", WeChatPayJson.Options)!;

        var error = Assert.Throws<WeChatPaySensitiveFieldException>(() => loose.PhoneNumber!.Reveal());

        Assert.Null(error.KeySerialNumber);
        Assert.Contains("not read through a WeChat Pay client", error.Message, StringComparison.Ordinal);
        Assert.Throws<WeChatPaySensitiveFieldException>(() => SensitiveText.FromCiphertext("abc").Reveal());
    }

    [Fact]
    public void A_lenient_value_notifications_that_does_not_decrypt_reads_as_it_is()
    {
        var card = cipher.Attach(JsonSerializer.Deserialize("""{"phone_number":"13800138000"}""", WeChatPayJson.For<UserCard>())!, lenient: true);

        Assert.Equal("13800138000", card.PhoneNumber!.Reveal());
    }

    [Fact]
    public void A_null_chosen_value_stays_null_and_its_neighbours_are_kept()
    {
        var card = Received($$$"""{"user_information":{"custom_field_list":[{"name":"n","user_chosen_values":[null,"{{{ForMerchant("跑步")}}}"]}]}}""");

        var values = card.UserInformation!.CustomFieldList![0].UserChosenValues!;
        Assert.Null(values[0]);
        Assert.Equal("跑步", values[1]!.Reveal());
        Assert.Null(card.UserInformation.CommonFieldList);
    }

    [Fact]
    public void A_plaintext_object_in_an_answer_is_refused()
    {
        var card = JsonSerializer.Deserialize("""{"phone_number":{"plaintext":"13800138000"}}""", WeChatPayJson.For<UserCard>())!;

        var error = Assert.Throws<MemberCardsFormatException>(() => cipher.Attach(card));
        Assert.Equal("phone_number", error.Location);
    }

    [Fact]
    public void Json_carries_ciphertexts_as_strings_and_plaintexts_as_an_object_both_round_trip()
    {
        var phone = ForMerchant("13800138000");
        var card = Received($$$"""{"card_type":"NORMAL","user_card_state":"EFFECTIVE","phone_number":"{{{phone}}}","user_information":{"common_field_list":[{"name":"USER_FORM_FLAG_SEX","value":"{{{phone}}}"}]}}""");

        var written = JsonSerializer.Serialize(card, WeChatPayJson.For<UserCard>());

        Assert.Contains($"\"phone_number\":\"{phone}\"", written, StringComparison.Ordinal);
        Assert.Contains($"{{\"name\":\"USER_FORM_FLAG_SEX\",\"value\":\"{phone}\"}}", written, StringComparison.Ordinal);
        Assert.False(card.PhoneNumber!.IsRevealed);

        var request = new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "pCARD", BrandId = "1004", OpenId = "o", PhoneNumber = SensitiveText.FromPlaintext("13900139000"), UserInformation = new UserInformation { CustomFieldList = [new CustomField { Name = "c", UserChosenValues = [SensitiveText.FromCiphertext("Y2lwaGVy")] }] } };
        var json = JsonSerializer.Serialize(request, WeChatPayJson.For<UpdateUserCardRequest>());
        Assert.Contains("\"phone_number\":{\"plaintext\":\"13900139000\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"user_chosen_values\":[\"Y2lwaGVy\"]", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize(json, WeChatPayJson.For<UpdateUserCardRequest>())!;
        Assert.Equal("13900139000", back.PhoneNumber!.Reveal());
        Assert.Equal("Y2lwaGVy", back.UserInformation!.CustomFieldList![0].UserChosenValues![0]!.Ciphertext);
        Assert.Equal(json, JsonSerializer.Serialize(back, WeChatPayJson.For<UpdateUserCardRequest>()));
    }

    [Fact]
    public async Task Sealing_encrypts_plaintexts_reencrypts_received_values_and_keeps_caller_ciphertexts()
    {
        var received = Received($$$"""{"phone_number":"{{{ForMerchant("13800138000")}}}","user_information":{"custom_field_list":[{"name":"运动","user_chosen_values":["{{{ForMerchant("游泳")}}}"]}]}}""");
        var request = new UpdateUserCardRequest
        {
            UserCardCode = "1",
            CardId = "c",
            BrandId = "1004",
            OpenId = "o",
            Level = "钻石会员",
            PhoneNumber = received.PhoneNumber,
            UserInformation = new UserInformation
            {
                CommonFieldList = [new CommonField { Name = UserFormField.Sex, Value = SensitiveText.FromPlaintext("男") }],
                CustomFieldList = received.UserInformation!.CustomFieldList,
            },
        };

        var (wire, serial) = await cipher.SealAsync(request, CancellationToken.None);

        Assert.Equal("PUB_KEY_ID_0119000072912025112200000000000001", serial);
        Assert.Equal("钻石会员", wire.Level);
        Assert.Equal("13800138000", RsaOaep.Decrypt(wechatPay.Rsa, wire.PhoneNumber!.Ciphertext!));
        Assert.Equal("男", RsaOaep.Decrypt(wechatPay.Rsa, wire.UserInformation!.CommonFieldList![0].Value!.Ciphertext!));
        Assert.Equal(UserFormField.Sex, wire.UserInformation.CommonFieldList[0].Name);
        Assert.Equal("运动", wire.UserInformation.CustomFieldList![0].Name);
        Assert.Equal("游泳", RsaOaep.Decrypt(wechatPay.Rsa, wire.UserInformation.CustomFieldList[0].UserChosenValues![0]!.Ciphertext!));

        var own = new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "pCARD", BrandId = "1004", OpenId = "o", PhoneNumber = SensitiveText.FromCiphertext("b3du", "PUB_KEY_ID_OTHER") };
        var (asGiven, ownSerial) = await cipher.SealAsync(own, CancellationToken.None);
        Assert.Same(own, asGiven);
        Assert.Equal("PUB_KEY_ID_OTHER", ownSerial);
    }

    [Fact]
    public async Task Sealing_copies_the_request_with_every_other_member_kept_and_leaves_the_original_alone()
    {
        var pickup = new DateTimeOffset(2020, 5, 20, 13, 29, 35, TimeSpan.FromHours(8));
        var custom = new CustomField { Name = "运动", UserChosenValues = [SensitiveText.FromCiphertext("YQ==")] };
        var request = new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pCARD",
            BrandId = "1004",
            OpenId = "o",
            PickupTime = pickup,
            Attach = "a",
            PhoneNumber = SensitiveText.FromPlaintext("13800138000"),
            UserInformation = new UserInformation { CustomFieldList = [custom] },
        };

        var (wire, _) = await cipher.SealAsync(request, CancellationToken.None);

        Assert.NotSame(request, wire);
        Assert.Equal(request with { PhoneNumber = wire.PhoneNumber }, wire);
        Assert.Equal(("478515832665", "pCARD", pickup, "a"), (wire.UserCardCode, wire.CardId, wire.PickupTime, wire.Attach));
        Assert.Same(request.UserInformation, wire.UserInformation);
        Assert.Null(request.PhoneNumber!.Ciphertext);
        Assert.Equal("13800138000", RsaOaep.Decrypt(wechatPay.Rsa, wire.PhoneNumber!.Ciphertext!));

        var confirm = new ConfirmUserCardRequest { UserCardCode = "9", BrandId = "1004", CardId = "c", OpenId = "o", UserCardConfirmState = UserCardConfirmState.CreateCardSuccess, UserInformation = new UserInformation { CustomFieldList = [custom, custom with { UserChosenValues = [null, SensitiveText.FromPlaintext("跑步")] }] } };
        var (sealedConfirm, _) = await cipher.SealAsync(confirm, CancellationToken.None);
        Assert.Equal(("9", UserCardConfirmState.CreateCardSuccess), (sealedConfirm.UserCardCode, sealedConfirm.UserCardConfirmState));
        Assert.Same(custom, sealedConfirm.UserInformation!.CustomFieldList![0]);
        Assert.Null(sealedConfirm.UserInformation.CustomFieldList[1].UserChosenValues![0]);
        Assert.Equal("跑步", RsaOaep.Decrypt(wechatPay.Rsa, sealedConfirm.UserInformation.CustomFieldList[1].UserChosenValues![1]!.Ciphertext!));
        Assert.Null(confirm.UserInformation.CustomFieldList[1].UserChosenValues![1]!.Ciphertext);
    }

    [Fact]
    public async Task Sealing_refuses_what_cannot_be_sent_naming_the_field()
    {
        var twoKeys = new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pCARD",
            BrandId = "1004",
            OpenId = "o",
            PhoneNumber = SensitiveText.FromCiphertext("YQ==", "PUB_KEY_ID_A"),
            UserInformation = new UserInformation { CommonFieldList = [new CommonField { Name = UserFormField.Sex, Value = SensitiveText.FromCiphertext("Yg==", "PUB_KEY_ID_B") }] },
        };
        var mixed = new ConfirmUserCardRequest
        {
            UserCardCode = "9",
            BrandId = "1004",
            CardId = "c",
            OpenId = "o",
            UserCardConfirmState = UserCardConfirmState.CreateCardSuccess,
            PhoneNumber = SensitiveText.FromCiphertext("YQ==", "PUB_KEY_ID_A"),
            UserInformation = new UserInformation { CommonFieldList = [new CommonField { Name = UserFormField.Sex, Value = SensitiveText.FromPlaintext("男") }] },
        };
        var tooLong = new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "pCARD", BrandId = "1004", OpenId = "o", UserInformation = new UserInformation { CustomFieldList = [new CustomField { Name = "n", UserChosenValues = [SensitiveText.FromPlaintext(new string('x', 215))] }] } };
        var unknownName = new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "pCARD", BrandId = "1004", OpenId = "o", UserInformation = new UserInformation { CommonFieldList = [new CommonField { Value = SensitiveText.FromPlaintext("x") }] } };

        var a = await Assert.ThrowsAsync<MemberCardsValidationException>(() => cipher.SealAsync(twoKeys, CancellationToken.None).AsTask());
        var b = await Assert.ThrowsAsync<MemberCardsValidationException>(() => cipher.SealAsync(mixed, CancellationToken.None).AsTask());
        var c = await Assert.ThrowsAsync<MemberCardsValidationException>(() => cipher.SealAsync(tooLong, CancellationToken.None).AsTask());
        var d = await Assert.ThrowsAsync<MemberCardsValidationException>(() => cipher.SealAsync(unknownName, CancellationToken.None).AsTask());

        Assert.StartsWith("user_information.common_field_list[0].value:", a.Message, StringComparison.Ordinal);
        Assert.StartsWith("phone_number:", b.Message, StringComparison.Ordinal);
        Assert.StartsWith("user_information.custom_field_list[0].user_chosen_values[0]:", c.Message, StringComparison.Ordinal);
        Assert.StartsWith("user_information.common_field_list[0].name:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_common_field_name_is_kept_and_written_back_unchanged()
    {
        var card = Received($$$"""{"user_information":{"common_field_list":[{"name":"USER_FORM_FLAG_FAVOURITE_COLOUR","value":"{{{ForMerchant("蓝")}}}"},{"name":"USER_FORM_FLAG_SEX","value":"{{{ForMerchant("男")}}}"}]}}""");
        var fields = card.UserInformation!.CommonFieldList!;

        Assert.Equal(UserFormField.Unknown, fields[0].Name);
        Assert.Equal("USER_FORM_FLAG_FAVOURITE_COLOUR", fields[0].WireName);
        Assert.Equal("USER_FORM_FLAG_FAVOURITE_COLOUR = ***", fields[0].ToString());
        Assert.Equal(UserFormField.Sex, fields[1].Name);

        var written = JsonSerializer.Serialize(new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "pCARD", BrandId = "1004", OpenId = "o", UserInformation = card.UserInformation }, WeChatPayJson.For<UpdateUserCardRequest>());

        Assert.Contains("{\"name\":\"USER_FORM_FLAG_FAVOURITE_COLOUR\",\"value\":\"", written, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"USER_FORM_FLAG_SEX\",\"value\":\"", written, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"USER_FORM_FLAG_NAME\"", JsonSerializer.Serialize(new UserInformation { CommonFieldList = [new CommonField { Name = UserFormField.Name, WireName = "USER_FORM_FLAG_SEX" }] }, WeChatPayJson.Options), StringComparison.Ordinal);
    }
}
