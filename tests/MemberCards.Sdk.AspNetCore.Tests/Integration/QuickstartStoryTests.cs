using MemberCards.Samples.Quickstart;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Erp;
using MemberCards.Sdk.Testing.WeChatPay;
using Microsoft.Extensions.Configuration;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

public sealed class QuickstartStoryTests
{
    [Fact]
    public async Task Without_configuration_the_quickstart_walks_the_whole_story_against_the_emulators()
    {
        var (result, text) = await RunWithoutConfigurationAsync();

        Assert.False(string.IsNullOrEmpty(result.CardId));
        Assert.Matches("^[0-9]{12}$", result.UserCardCode);
        Assert.Equal("QS" + result.UserCardCode, result.MembershipNumber);
        Assert.Equal("金卡会员", result.WeChatPayLevel);
        Assert.Equal(result.MembershipNumber, result.YouzanCardNo);
        Assert.False(string.IsNullOrEmpty(result.ErpCardNo));
        Assert.Equal(1090560337592619001, result.IotCustomerId);
        foreach (var step in new[]
        {
            "[1/12] Create a WeChat member card",
            "[2/12] White-list the testers",
            "[3/12] Make the card's QR code",
            "[4/12] Receive the user_get_card event on /wechat/events (QR code)",
            "[5/12] Hand the card out from the web page beside the QR code (wx.config + wx.addCard)",
            "[6/12] Activate the card",
            "[7/12] Read the user card through WeChat Pay",
            "[8/12] Update the user card through WeChat Pay",
            "[9/12] Receive a Youzan SCRM_CUSTOMER_CARD push",
            "[10/12] Sync the points to the ERP",
            "[11/12] Handle an IoT customerAdd",
            "[12/12] Done",
        })
        {
            Assert.Contains(step, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("13800001111", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Emulators.WeChatAppSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Emulators.WeChatAesKey, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quickstart_hands_a_second_card_out_through_the_page_its_host_serves_and_the_emulator_checks_both_signatures()
    {
        var (result, text) = await RunWithoutConfigurationAsync();

        // The page the host served, at the URL the page asked it to sign.
        Assert.Matches(@"^http://127\.0\.0\.1:[0-9]+/member/join\?from=quickstart$", result.PageUrl);
        var config = result.PageConfig!;
        Assert.Equal(Emulators.WeChatAppId, config.AppId);
        Assert.Matches("^[0-9a-f]{40}$", config.Signature);
        Assert.Contains($"signature={config.Signature}", text, StringComparison.Ordinal);
        using var cardExt = System.Text.Json.JsonDocument.Parse(result.PageCardExt!);
        Assert.Equal("quickstart-page", cardExt.RootElement.GetProperty("outer_str").GetString());
        Assert.Matches("^[0-9a-f]{40}$", cardExt.RootElement.GetProperty("signature").GetString());
        Assert.Contains(result.PageCardExt!, text, StringComparison.Ordinal);

        // WeChat (the emulator) refused the cardExt with one signature digit changed, accepted the page's own, and its
        // user_get_card for a new code reached the host's handler, apart from the QR code's.
        Assert.Equal("addCard:fail signature error", result.PageTamperedCardExtAnswer);
        Assert.Contains("tampered cardExt       403 addCard:fail signature error", text, StringComparison.Ordinal);
        Assert.Contains("wx.addCard             addCard:ok", text, StringComparison.Ordinal);
        Assert.Matches("^[0-9]{12}$", result.PageUserCardCode);
        Assert.NotEqual(result.UserCardCode, result.PageUserCardCode);
        Assert.Contains($"code                   {result.PageUserCardCode}", text, StringComparison.Ordinal);
        Assert.Contains("outer_str              quickstart-page", text, StringComparison.Ordinal);
        Assert.Contains("openid                 o6_bmjrPTlm6_2sgVt7hMZOPfL2P", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_service_is_called_at_its_configured_address_instead_of_an_emulator()
    {
        await using var companyErp = await ErpEmulator.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Quickstart:WaitForEventsSeconds"] = "20",
                ["Quickstart:Mobile"] = "13900009999",
                ["MemberCards:Erp:BaseAddress"] = companyErp.BaseAddress.ToString(),
            })
            .Build();
        using var output = new StringWriter();

        var result = await QuickstartStory.RunAsync(configuration, output);

        Assert.Contains("real (MemberCards:Erp)", output.ToString(), StringComparison.Ordinal);
        var member = Assert.Single(companyErp.Members);
        Assert.Equal("13900009999", member.Mobile);
        Assert.Equal(result.ErpCardNo, member.CardNo);
        Assert.Equal(100, Assert.Single(member.Changes).PointsChanges);
    }

    [Fact]
    public async Task A_configured_WeChat_Pay_merchant_is_bound_from_configuration_and_its_user_card_is_read_and_updated()
    {
        await using var merchant = await WeChatPayEmulator.StartAsync();
        var card = WeChatPayEmulator.SampleUserCard("478515832665");
        card["openid"] = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";
        merchant.PutUserCard(card);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Quickstart:WaitForEventsSeconds"] = "20",
                ["Quickstart:WeChatPayUserCardCode"] = "478515832665",
                ["Quickstart:WeChatPayCardId"] = "pbLatjvWOibDc5-TBnbUk1pD12o0",
                ["MemberCards:WeChatPay:MerchantId"] = merchant.MerchantId,
                ["MemberCards:WeChatPay:CertificateSerialNumber"] = merchant.MerchantKey.SerialNumber,
                ["MemberCards:WeChatPay:PrivateKey"] = merchant.MerchantKey.PrivateKeyPem,
                ["MemberCards:WeChatPay:PublicKeyId"] = merchant.PublicKeyId,
                ["MemberCards:WeChatPay:PublicKey"] = merchant.PublicKey.PublicKeyPem,
                ["MemberCards:WeChatPay:ApiV3Key"] = merchant.ApiV3Key,
                ["MemberCards:WeChatPay:BaseAddress"] = merchant.BaseAddress.ToString(),
            })
            .Build();
        using var output = new StringWriter();

        var result = await QuickstartStory.RunAsync(configuration, output);

        Assert.Contains("real (MemberCards:WeChatPay)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("钻石会员", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("金卡会员", result.WeChatPayLevel);
        Assert.Equal("金卡会员", (string?)merchant.GetUserCard("478515832665")!["level"]);
    }

    /// <summary>Runs the whole story against the emulators with no configuration but a 20 s wait for events.</summary>
    private static async Task<(QuickstartResult Result, string Output)> RunWithoutConfigurationAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Quickstart:WaitForEventsSeconds"] = "20" })
            .Build();
        using var output = new StringWriter();
        var result = await QuickstartStory.RunAsync(configuration, output);
        return (result, output.ToString());
    }
}
