using System.Security.Cryptography;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class SensitiveFieldCipherTests
{
    [Fact]
    public void Exactly_the_three_sensitive_fields_are_encrypted_and_decrypt_back()
    {
        using var key = RSA.Create(2048);
        var request = new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            Level = "钻石会员",
            PhoneNumber = "13800138000",
            UserInformation = new UserInformation
            {
                CommonFieldList = [new CommonField { Name = UserFormField.Sex, Value = "男" }],
                CustomFieldList = [new CustomField { Name = "喜欢的运动", UserChosenValues = ["游泳", "跑步"] }],
            },
        };

        var wire = SensitiveFieldCipher.Encrypt(request, key);

        Assert.Equal("钻石会员", wire.Level);
        Assert.Equal("13800138000", RsaOaep.Decrypt(key, wire.PhoneNumber!));
        Assert.Equal("男", RsaOaep.Decrypt(key, wire.UserInformation!.CommonFieldList![0].Value!));
        Assert.Equal(UserFormField.Sex, wire.UserInformation.CommonFieldList[0].Name);
        Assert.Equal("喜欢的运动", wire.UserInformation.CustomFieldList![0].Name);
        Assert.Equal(["游泳", "跑步"], wire.UserInformation.CustomFieldList[0].UserChosenValues!.Select(v => RsaOaep.Decrypt(key, v)));

        var card = new SensitiveFieldCipher(key).Decrypt(new UserCard { UserCardCode = "1", PhoneNumber = wire.PhoneNumber, UserInformation = wire.UserInformation, Level = "L" });
        Assert.Equal("13800138000", card.PhoneNumber);
        Assert.Equal("男", card.UserInformation!.CommonFieldList![0].Value);
        Assert.Equal(["游泳", "跑步"], card.UserInformation.CustomFieldList![0].UserChosenValues);
        Assert.Equal("L", card.Level);
    }

    [Fact]
    public void A_bad_nested_value_is_a_format_error_naming_its_exact_path()
    {
        using var key = RSA.Create(2048);
        var good = RsaOaep.Encrypt(key, "游泳");
        var cipher = new SensitiveFieldCipher(key);

        var common = Assert.Throws<MemberCardsFormatException>(() => cipher.Decrypt(new UserCard
        {
            UserInformation = new UserInformation { CommonFieldList = [new CommonField { Value = good }, new CommonField { Value = "not-ciphertext" }] },
        }));
        var chosen = Assert.Throws<MemberCardsFormatException>(() => cipher.Decrypt(new UserCard
        {
            UserInformation = new UserInformation
            {
                CustomFieldList = [new CustomField { UserChosenValues = [good] }, new CustomField { UserChosenValues = [good, good, "not-ciphertext"] }],
            },
        }));

        Assert.Equal("user_information.common_field_list[1].value", common.Location);
        Assert.Equal("user_information.custom_field_list[1].user_chosen_values[2]", chosen.Location);
    }

    [Fact]
    public void A_null_chosen_value_stays_null_and_its_neighbours_decrypt()
    {
        using var key = RSA.Create(2048);
        var card = new SensitiveFieldCipher(key).Decrypt(new UserCard
        {
            UserInformation = new UserInformation { CustomFieldList = [new CustomField { Name = "n", UserChosenValues = [null!, RsaOaep.Encrypt(key, "跑步")] }] },
        });

        Assert.Equal([null!, "跑步"], card.UserInformation!.CustomFieldList![0].UserChosenValues);
        Assert.Equal("n", card.UserInformation.CustomFieldList[0].Name);
        Assert.Null(card.UserInformation.CommonFieldList);
    }

    [Fact]
    public void A_value_that_is_not_ciphertext_for_the_merchant_key_is_a_format_error_naming_the_field()
    {
        using var key = RSA.Create(2048);
        var error = Assert.Throws<MemberCardsFormatException>(() => new SensitiveFieldCipher(key).Decrypt(new UserCard { PhoneNumber = "13800138000" }));
        Assert.Equal("phone_number", error.Location);
        Assert.DoesNotContain("13800138000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_and_request_text_never_show_the_phone_number()
    {
        Assert.DoesNotContain("13800138000", new UserCard { PhoneNumber = "13800138000" }.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("男", new CommonField { Name = UserFormField.Sex, Value = "男" }.ToString(), StringComparison.Ordinal);
    }
}
