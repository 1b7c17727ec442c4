using MemberCards.Sdk.Erp.Tests.Support;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Erp.Tests.Integration;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Named_erps_each_reach_their_own_server_with_their_own_handlers()
    {
        await using var brandA = await ErpEmulator.StartAsync();
        await using var brandB = await ErpEmulator.StartAsync(new ErpEmulatorOptions
        {
            Signature = new ErpEmulatorSignature { AppKey = "brand-b", AppSecret = "brand-b-secret" },
        });
        var services = new ServiceCollection();
        services.AddMemberCards()
            .AddErpPoints("brandA").Configure(o => o.BaseAddress = brandA.BaseAddress)
            .AddErpPoints("brandB").Configure(o => o.BaseAddress = brandB.BaseAddress);
        services.AddHttpClient(ErpPointsOptions.HttpClientName("brandB"))
            .AddHttpMessageHandler(sp => new SampleErpSigningHandler("brand-b", "brand-b-secret", sp.GetRequiredService<TimeProvider>()));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IErpPointsClientFactory>();

        await factory.Create("brandA").ChangeMemberPointsAsync(ErpTestHost.Change(mobile: "13800000001"));
        await factory.Create("brandB").ChangeMemberPointsAsync(ErpTestHost.Change(mobile: "13800000002"));

        Assert.Equal("13800000001", Assert.Single(brandA.Members).Mobile);
        Assert.Equal("13800000002", Assert.Single(brandB.Members).Mobile);
        Assert.Null(Assert.Single(brandA.Requests).Header("X-Sign"));
        Assert.NotNull(Assert.Single(brandB.Requests).Header("X-Sign"));
        Assert.Null(provider.GetService<IErpPointsClient>());
    }

    [Fact]
    public async Task Unregistered_name_is_refused_with_the_name()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints("brandA").Configure(o => o.BaseAddress = new Uri("https://erp.example.com/"));
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IErpPointsClientFactory>().Create("brandZ"));

        Assert.StartsWith("MemberCards:Erp(brandZ) is not registered (registered: 'brandA').", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameterless_registration_binds_the_erp_section_of_AddMemberCards_configuration()
    {
        await using var emulator = await ErpEmulator.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:Erp:BaseAddress"] = emulator.BaseAddress.ToString(),
            ["MemberCards:Erp:Timeout"] = "00:00:07",
        }).Build();
        var services = new ServiceCollection();
        services.AddMemberCards(configuration.GetSection("MemberCards")).AddErpPoints();
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<ErpPointsOptions>>().Get(Options.DefaultName);
        var member = await provider.GetRequiredService<IErpPointsClient>().ChangeMemberPointsAsync(ErpTestHost.Change());

        Assert.Equal(emulator.BaseAddress, options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
        Assert.Equal(Assert.Single(emulator.Members).CardNo, member.CardNo);
    }

    [Fact]
    public async Task Named_registration_binds_a_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Erps:north:BaseAddress"] = "https://erp-north.example.com/api",
            ["Erps:north:Timeout"] = "00:00:20",
        }).Build();
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints("north").Bind(configuration.GetSection("Erps:north"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<ErpPointsOptions>>().Get("north");

        Assert.Equal(new Uri("https://erp-north.example.com/api"), options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Timeout);
    }

    [Fact]
    public async Task Invalid_settings_fail_with_a_message_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints().Configure(o => o.Timeout = TimeSpan.Zero);
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IErpPointsClient>());

        Assert.Contains(ex.Failures, f => f.Contains("BaseAddress is required", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parameterless_registration_without_configuration_fails_naming_the_config_key()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints();
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IErpPointsClient>());

        Assert.Contains("MemberCards:Erp is empty: the section is missing or has no settings", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Set MemberCards:Erp:BaseAddress", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_resolution_is_a_new_transient_client()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints().Configure(o => o.BaseAddress = new Uri("https://erp.example.com/"));
        await using var provider = services.BuildServiceProvider();

        Assert.NotSame(provider.GetRequiredService<IErpPointsClient>(), provider.GetRequiredService<IErpPointsClient>());
        Assert.Same(provider.GetRequiredService<IErpPointsClientFactory>(), provider.GetRequiredService<IErpPointsClientFactory>());
    }

    [Fact]
    public async Task Base_address_with_a_path_is_kept_before_user_memberPoints()
    {
        await using var emulator = await ErpEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints().Configure(o => o.BaseAddress = new Uri(emulator.BaseAddress, "erp/v1"));
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<MemberCardsApiException>(() => provider.GetRequiredService<IErpPointsClient>().ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal("/erp/v1/user/memberPoints", Assert.Single(emulator.Requests).Path);
    }
}
