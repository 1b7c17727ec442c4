using MemberCards.Sdk.Erp.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Erp.Tests.Integration;

/// <summary>Issue 19 item 10: ERP failures name the request and the settings that fix them.</summary>
public sealed class PointingErrorTests
{
    [Fact]
    public async Task A_404_names_the_method_the_address_and_the_BaseAddress_setting()
    {
        await using var host = await ErpTestHost.StartAsync(configure: o => o.BaseAddress = new Uri(o.BaseAddress!, "wrong/prefix/"));

        var error = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("POST", error.Message, StringComparison.Ordinal);
        Assert.Contains(new Uri(host.Emulator.BaseAddress, "wrong/prefix/").AbsoluteUri, error.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Erp:BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("13800001111", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_name_added_twice_with_different_addresses_fails_naming_the_service_the_name_and_the_setting()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints("a").Configure(o => o.BaseAddress = new Uri("https://erp-one.example.com/"));
        services.AddMemberCards().AddErpPoints("a").Configure(o => o.BaseAddress = new Uri("https://erp-two.example.com/"));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IErpPointsClientFactory>().Create("a"));

        Assert.Contains("MemberCards:Erp(a):BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("erp-one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_name_added_twice_with_the_same_settings_or_different_ones_merges()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints("a").Configure(o => o.BaseAddress = new Uri("https://erp-one.example.com/"));
        services.AddMemberCards().AddErpPoints("a").Configure(o => o.BaseAddress = new Uri("https://erp-one.example.com/"));
        services.AddMemberCards().AddErpPoints("a").Configure(o => o.Timeout = TimeSpan.FromSeconds(7));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<ErpPointsOptions>>().Get("a");

        Assert.Equal(new Uri("https://erp-one.example.com/"), options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
    }

    [Fact]
    public void A_registration_with_no_settings_says_the_section_is_missing()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints("north");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<ErpPointsOptions>>().Get("north"));

        Assert.Equal(
            "MemberCards:Erp(north) is empty: the section is missing or has no settings, and none were set in code. Set MemberCards:Erp(north):BaseAddress (the address of the ERP's API, for example https://erp.example.com/api/), or call .Configure(...) / .Bind(section) on AddErpPoints(\"north\").",
            Assert.Single(error.Failures));
    }
}
