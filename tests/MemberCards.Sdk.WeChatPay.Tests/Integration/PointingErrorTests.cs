using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>Issue 19 item 10: a SIGN_ERROR names the settings that sign and the command that checks them.</summary>
public sealed class PointingErrorTests
{
    public static TheoryData<string> Mistakes => ["key", "serial", "mchid"];

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_sign_error_names_the_signing_settings_and_check_key(string mistake)
    {
        using var wrong = WeChatPayTestKey.Create("wrong");
        await using var harness = await Harness.PublicKeyModeAsync(o =>
        {
            switch (mistake)
            {
                case "key": o.PrivateKey = wrong.PrivateKeyPem; break;
                case "serial": o.CertificateSerialNumber = "0123456789ABCDEF0123456789ABCDEF01234567"; break;
                default: o.MerchantId = "1900000999"; break;
            }
        });

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal("SIGN_ERROR", error.ErrorCode);
        Assert.Contains("MemberCards:WeChatPay:MerchantId", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay:CertificateSerialNumber", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay:PrivateKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("membercards wechatpay check-key", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
        Assert.EndsWith(error.Hint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_merchant_s_sign_error_names_its_own_settings()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay("brandA", o =>
        {
            emulator.ConfigurePublicKeyMode(o);
            o.CertificateSerialNumber = "0123456789ABCDEF0123456789ABCDEF01234567";
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWeChatPayClientFactory>().Create("brandA");

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Contains("MemberCards:WeChatPay(brandA):CertificateSerialNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PATCH")]
    public async Task A_sign_error_carries_the_exact_message_that_was_signed(string method)
    {
        using var wrong = WeChatPayTestKey.Create("wrong");
        await using var harness = await Harness.PublicKeyModeAsync(o => o.PrivateKey = wrong.PrivateKeyPem);

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => method == "GET"
            ? harness.Client.GetUserCardAsync(Harness.SampleGet())
            : harness.Client.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = "478515832665", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", BrandId = "1004", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA", Level = "L2" }));

        // What the server received, rebuilt independently: METHOD\nTARGET\nTIMESTAMP\nNONCE\nBODY\n.
        var sent = Assert.Single(harness.Emulator.Host.Requests, r => r.Method == method);
        var authorization = sent.Headers["Authorization"];
        string Field(string name) => System.Text.RegularExpressions.Regex.Match(authorization, name + "=\"([^\"]*)\"").Groups[1].Value;
        var expected = $"{method}\n{sent.PathAndQuery}\n{Field("timestamp")}\n{Field("nonce_str")}\n{sent.BodyText}\n";
        Assert.Equal(expected, error.SigningMessage);
        if (method == "PATCH")
        {
            Assert.Contains("\"level\":\"L2\"", error.SigningMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Another_error_has_no_hint()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet("nope")));

        Assert.Null(error.Hint);
        Assert.DoesNotContain("check-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_with_no_settings_says_the_section_is_missing()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay("brandA");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get("brandA"));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("MemberCards:WeChatPay(brandA) is empty: the section is missing or has no settings, and none were set in code.", failure, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(brandA):MerchantId", failure, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChatPay(brandA):PrivateKey", failure, StringComparison.Ordinal);
        Assert.EndsWith("AddWeChatPay(\"brandA\").", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_merchant_added_twice_with_different_keys_fails_naming_the_setting_and_not_the_key()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        using var other = WeChatPayTestKey.Create("other");
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay("brandA", o => emulator.ConfigurePublicKeyMode(o));
        services.AddMemberCards().AddWeChatPay("brandA", o => o.PrivateKey = other.PrivateKeyPem);
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get("brandA"));

        Assert.Contains("MemberCards:WeChatPay(brandA):PrivateKey is set to different values", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", error.Message, StringComparison.Ordinal);
    }
}
