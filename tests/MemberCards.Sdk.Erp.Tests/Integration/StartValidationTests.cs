using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Erp.Tests.Integration;

// Issue 23: the host start runs one check for the whole collection, not one validation per registration.
public sealed class StartValidationTests
{
    [Fact]
    public void Two_calls_that_set_one_setting_differently_still_stop_the_start_while_an_invalid_registration_does_not()
    {
        var services = new ServiceCollection();
        var memberCards = services.AddMemberCards();
        memberCards.AddErpPoints("north").Configure(o => o.BaseAddress = new Uri("https://erp-north.example.com/"));
        memberCards.AddErpPoints("north").Configure(o => o.BaseAddress = new Uri("https://erp-elsewhere.example.com/"));
        memberCards.AddErpPoints("south").Configure(o => o.Timeout = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Equal("north", error.OptionsName);
        Assert.Equal(typeof(ErpPointsOptions), error.OptionsType);
        Assert.StartsWith("MemberCards:Erp(north):BaseAddress is set to different values by two calls", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_background_warm_up_logs_each_invalid_registration_with_its_setting_and_does_not_stop_the_start()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging());
        var memberCards = services.AddMemberCards().WarmUpAfterStart();
        for (var i = 0; i < 50; i++)
        {
            memberCards.AddErpPoints($"store-{i}").Configure(o => o.BaseAddress = new Uri("https://erp.example.com/"));
        }

        memberCards.AddErpPoints("broken").Configure(o => o.BaseAddress = new Uri("https://erp.example.com/?key=1"));
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        var logs = provider.GetFakeLogCollector();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!logs.GetSnapshot().Any(r => r.Id.Id == 1102) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var invalid = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 1101);
        Assert.Equal(LogLevel.Error, invalid.Level);
        Assert.Contains("registration 'broken'", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Erp(broken):BaseAddress must not carry a query string or fragment.", invalid.Message, StringComparison.Ordinal);
        Assert.StartsWith("Validated 51 registration(s) in the background after start: 1 invalid", Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 1102).Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IErpPointsClientFactory>().Create("broken"));
        Assert.NotNull(provider.GetRequiredService<IErpPointsClientFactory>().Create("store-3"));
    }
}
