using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Settings of the token provider that apply without a restart when the configuration reloads.</summary>
public sealed class OptionsReloadTests
{
    [Fact]
    public async Task An_app_secret_reset_in_the_configuration_is_used_by_the_next_token_request_without_a_restart()
    {
        const string NewSecret = "secret-of-the-test-account-000002";
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        var configuration = new ConfigurationManager();
        configuration["MemberCards:WeChat:AppId"] = WeChatTestHosts.AppId;
        configuration["MemberCards:WeChat:AppSecret"] = WeChatTestHosts.AppSecret;
        configuration["MemberCards:WeChat:BaseAddress"] = emulator.BaseAddress.ToString();
        var services = new ServiceCollection();
        services.AddMemberCards(configuration.GetSection("MemberCards")).AddWeChatCards();
        await using var sdk = services.BuildServiceProvider();
        var cards = sdk.GetRequiredService<IWeChatCardClient>();
        var tokens = sdk.GetRequiredService<IWeChatAccessTokenProvider>();
        Assert.NotNull((await cards.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId);

        // The secret is reset in the Official Account's admin: the old one stops working, the configuration reloads.
        emulator.AddApp(WeChatTestHosts.AppId, NewSecret);
        configuration["MemberCards:WeChat:AppSecret"] = NewSecret;
        ((IConfigurationRoot)configuration).Reload();
        await tokens.InvalidateAsync();

        Assert.NotNull((await cards.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId);
        Assert.Equal(2, emulator.TokenRequestCount(WeChatTestHosts.AppId));
    }
}
