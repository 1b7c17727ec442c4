using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task The_parameterless_overload_binds_MemberCards_WeChat_and_a_named_one_binds_its_section()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.Apps["wxFromConfigB00001"] = "secret-b");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:WeChat:AppId"] = WeChatTestHosts.AppId,
            ["MemberCards:WeChat:AppSecret"] = WeChatTestHosts.AppSecret,
            ["MemberCards:WeChat:BaseAddress"] = emulator.BaseAddress.ToString(),
            ["MemberCards:WeChat:TokenMode"] = "Classic",
            ["MemberCards:WeChat:RefreshBeforeExpiry"] = "00:02:00",
            ["Tenants:B:AppId"] = "wxFromConfigB00001",
            ["Tenants:B:AppSecret"] = "secret-b",
            ["Tenants:B:BaseAddress"] = emulator.BaseAddress.ToString().TrimEnd('/'),
        }).Build();
        var services = new ServiceCollection();
        services.AddMemberCards(configuration.GetSection("MemberCards"))
            .AddWeChatCards()
            .AddWeChatCards("tenantB").Bind(configuration.GetSection("Tenants:B"));
        await using var sdk = services.BuildServiceProvider();

        var monitor = sdk.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>();
        Assert.Equal(WeChatTokenMode.Classic, monitor.Get(Options.DefaultName).TokenMode);
        Assert.Equal(TimeSpan.FromMinutes(2), monitor.Get(Options.DefaultName).RefreshBeforeExpiry);
        Assert.Equal(WeChatTokenMode.Stable, monitor.Get("tenantB").TokenMode);

        var factory = sdk.GetRequiredService<IWeChatClientFactory>();
        await factory.Create(Options.DefaultName).CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() });
        await factory.Create("tenantB").CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() });

        Assert.Equal(1, emulator.TokenRequestCount(WeChatTestHosts.AppId));
        Assert.Equal(1, emulator.TokenRequestCount("wxFromConfigB00001"));
        Assert.Contains(emulator.Requests, r => r.Path == "/cgi-bin/token");
        Assert.Contains(emulator.Requests, r => r.Path == "/cgi-bin/stable_token");
    }

    [Fact]
    public async Task Invalid_options_fail_validation_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatCards(o => o.AppId = "wx1");
        await using var sdk = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => sdk.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(Options.DefaultName));

        Assert.Contains("MemberCards:WeChat:AppSecret is required.", ex.Message, StringComparison.Ordinal);
    }
}
