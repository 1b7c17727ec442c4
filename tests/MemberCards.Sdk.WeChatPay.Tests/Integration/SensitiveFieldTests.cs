using System.Text.Json;
using System.Text.Json.Nodes;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>Sensitive fields against the emulator: ciphertext on the wire both ways, plain text only where the caller reveals it.</summary>
public sealed class SensitiveFieldTests
{
    private static IEnumerable<SensitiveText> Sensitive(UserCard card)
    {
        if (card.PhoneNumber is { } phone)
        {
            yield return phone;
        }

        foreach (var field in card.UserInformation?.CommonFieldList ?? [])
        {
            if (field.Value is { } value)
            {
                yield return value;
            }
        }

        foreach (var field in card.UserInformation?.CustomFieldList ?? [])
        {
            foreach (var value in field.UserChosenValues ?? [])
            {
                if (value is not null)
                {
                    yield return value;
                }
            }
        }
    }

    [Fact]
    public async Task A_get_decrypts_nothing_until_a_field_is_revealed_and_only_that_field()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var card = await harness.Client.GetUserCardAsync(Harness.SampleGet());

        Assert.Equal("钻石会员", card.Level);
        Assert.Equal(UserCardState.Effective, card.UserCardState);
        var values = Sensitive(card).ToList();
        Assert.Equal(4, values.Count);
        Assert.All(values, v => Assert.False(v.IsRevealed));
        Assert.All(values, v => Assert.Equal(harness.Emulator.MerchantKey.SerialNumber, v.KeySerialNumber));
        Assert.Equal("13800138000", RsaOaep.Decrypt(harness.Emulator.MerchantKey.Rsa, card.PhoneNumber!.Ciphertext!));
        Assert.DoesNotContain("13800138000", card.ToString(), StringComparison.Ordinal);

        Assert.Equal("13800138000", card.PhoneNumber.Reveal());

        Assert.True(card.PhoneNumber.IsRevealed);
        Assert.All(values.Skip(1), v => Assert.False(v.IsRevealed));
    }

    [Fact]
    public async Task A_list_decrypts_nothing_up_front()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.PutUserCard(WeChatPayEmulator.SampleUserCard("478515832666"));

        var page = await harness.Client.ListUserCardsAsync(new ListUserCardsRequest { BrandId = "1004", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA" });

        Assert.Equal(2, page.Data!.Count);
        Assert.All(page.Data.SelectMany(Sensitive), v => Assert.False(v.IsRevealed));
        Assert.Equal(8, page.Data.SelectMany(Sensitive).Count());
        Assert.Equal(["游泳", "跑步"], page.Data[1].UserInformation!.CustomFieldList![0].UserChosenValues!.Select(v => v!.Reveal()));
    }

    [Fact]
    public async Task A_notification_decrypts_its_resource_but_not_the_sensitive_fields()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var parsed = Assert.IsType<WeChatPayUserCardEvent>(await harness.Services.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(notification.Headers, notification.Body));

        Assert.Equal("478515832665", parsed.UserCard.UserCardCode);
        Assert.All(Sensitive(parsed.UserCard), v => Assert.False(v.IsRevealed));
        Assert.DoesNotContain("13800138000", parsed.ToString(), StringComparison.Ordinal);
        Assert.Equal("男", parsed.UserCard.UserInformation!.CommonFieldList![0].Value!.Reveal());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_read_modify_write_sends_the_values_reencrypted_to_wechat_pay_and_keeps_unknown_field_names(bool publicKeyMode)
    {
        await using var harness = publicKeyMode ? await Harness.PublicKeyModeAsync() : await Harness.CertificateModeAsync();
        var stored = WeChatPayEmulator.SampleUserCard();
        ((JsonArray)stored["user_information"]!["common_field_list"]!).Add(new JsonObject { ["name"] = "USER_FORM_FLAG_FAVOURITE_COLOUR", ["value"] = "蓝色" });
        harness.Emulator.PutUserCard(stored);
        var card = await harness.Client.GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(UserFormField.Unknown, card.UserInformation!.CommonFieldList![1].Name);

        var updated = await harness.Client.UpdateUserCardAsync(new UpdateUserCardRequest
        {
            UserCardCode = card.UserCardCode!,
            CardId = card.CardId!,
            BrandId = card.BrandId!,
            OpenId = card.OpenId!,
            Level = "黄金会员",
            PhoneNumber = card.PhoneNumber,
            UserInformation = card.UserInformation,
        });

        var patch = harness.Emulator.Host.Requests.Single(r => r.Method == "PATCH");
        var expectedSerial = publicKeyMode ? harness.Emulator.PublicKeyId : harness.Emulator.CurrentPlatformKey.SerialNumber;
        var wechatPayKey = publicKeyMode ? harness.Emulator.PublicKey.Rsa : harness.Emulator.CurrentPlatformKey.Rsa;
        Assert.Equal(expectedSerial, patch.Header("Wechatpay-Serial"));
        foreach (var plain in new[] { "13800138000", "男", "蓝色", "游泳", "跑步" })
        {
            Assert.DoesNotContain(plain, patch.BodyText, StringComparison.Ordinal);
        }

        var body = JsonDocument.Parse(patch.Body).RootElement;
        var phoneOnWire = body.GetProperty("phone_number").GetString()!;
        Assert.NotEqual(card.PhoneNumber!.Ciphertext, phoneOnWire);
        Assert.Equal("13800138000", RsaOaep.Decrypt(wechatPayKey, phoneOnWire));
        Assert.Equal("USER_FORM_FLAG_FAVOURITE_COLOUR", body.GetProperty("user_information").GetProperty("common_field_list")[1].GetProperty("name").GetString());
        var kept = harness.Emulator.GetUserCard("478515832665")!;
        Assert.Equal("13800138000", (string?)kept["phone_number"]);
        Assert.Equal("USER_FORM_FLAG_FAVOURITE_COLOUR", (string?)kept["user_information"]!["common_field_list"]![1]!["name"]);
        Assert.Equal("蓝色", (string?)kept["user_information"]!["common_field_list"]![1]!["value"]);
        Assert.Equal("游泳", (string?)kept["user_information"]!["custom_field_list"]![0]!["user_chosen_values"]![0]);
        Assert.Equal("黄金会员", updated.Level);
        Assert.Equal("USER_FORM_FLAG_FAVOURITE_COLOUR", updated.UserInformation!.CommonFieldList![1].WireName);
    }

    [Fact]
    public async Task An_unknown_field_name_without_its_wire_name_is_refused_before_sending_naming_the_field()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.UpdateUserCardAsync(new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            UserInformation = new UserInformation { CommonFieldList = [new CommonField { Name = UserFormField.Unknown, Value = SensitiveText.FromPlaintext("x") }] },
        }));

        Assert.StartsWith("user_information.common_field_list[0].name:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Emulator.Host.Requests, r => r.Method == "PATCH");
    }
}
