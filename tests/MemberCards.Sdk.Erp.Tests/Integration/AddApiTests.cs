using MemberCards.Sdk.Erp.Tests.Support;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Erp.Tests.Integration;

/// <summary>The extension point: the host's own Refit interface over a registered ERP's pipeline.</summary>
public sealed class AddApiTests
{
    private const string AppKey = "erp-app-1001";
    private const string AppSecret = "s3cr3t-for-tests-only";

    [Fact]
    public async Task A_host_api_for_an_endpoint_the_sdk_does_not_model_runs_over_the_named_pipeline_with_the_hosts_auth_handler()
    {
        using var durations = new RequestDurations();
        await using var erp = await ErpEmulator.StartAsync(new ErpEmulatorOptions { Signature = new ErpEmulatorSignature { AppKey = AppKey, AppSecret = AppSecret } });
        erp.AddMember(new ErpEmulatorMember { Mobile = "13800001111", Name = "周xx", CardNo = "e0582800" });
        await using var provider = Provider(erp, "api-signed", signed: true);

        var answer = await provider.GetRequiredService<IErpPointsClientFactory>().CreateApi<IMyErpApi>("api-signed").GetMemberInfoAsync("13800001111");

        Assert.Equal("e0582800", answer.Data?.CardNo);
        Assert.Equal("周xx", answer.Data?.Name);
        var request = Assert.Single(erp.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/user/memberInfo?mobile=13800001111", request.PathAndQuery);
        Assert.Equal(AppKey, request.Header("X-App-Key"));
        var measured = Assert.Single(durations.Of("api-signed"));
        Assert.Equal("Erp", measured["service"]);
        Assert.Equal("GetMemberInfo", measured["operation"]);
        Assert.Equal("success", measured["outcome"]);
    }

    [Fact]
    public async Task The_erp_error_mapping_applies_to_the_host_api_and_masks_phone_numbers()
    {
        await using var erp = await ErpEmulator.StartAsync();
        await using var provider = Provider(erp, "api-unknown", signed: false);

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => provider.GetRequiredService<IErpPointsClientFactory>().CreateApi<IMyErpApi>("api-unknown").GetMemberInfoAsync("13787654321"));

        Assert.Equal("Erp", ex.Service);
        Assert.Equal("20000", ex.ErrorCode);
        Assert.Equal("会员不存在", ex.ErrorMessage);
        Assert.Equal("""{"mobile":"137****4321"}""", ex.Details);
        Assert.Equal(200, ex.StatusCode);
    }

    [Fact]
    public async Task A_5xx_to_the_host_api_GET_is_a_plain_api_error_not_outcome_unknown()
    {
        await using var erp = await ErpEmulator.StartAsync();
        erp.Faults.Next(Fault.Status(502, "bad gateway"), ErpEmulator.MemberInfoPath);
        await using var provider = Provider(erp, "api-502", signed: false);

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => provider.GetRequiredService<IErpPointsClientFactory>().CreateApi<IMyErpApi>("api-502").GetMemberInfoAsync("13800001111"));

        Assert.Equal(502, ex.StatusCode);
        Assert.Single(erp.Requests);
    }

    [Fact]
    public async Task The_host_api_resolves_from_DI_keyed_by_name_and_unkeyed_for_the_default_erp()
    {
        await using var erp = await ErpEmulator.StartAsync();
        erp.AddMember(new ErpEmulatorMember { Mobile = "13800001111", CardNo = "e1" });
        var services = new ServiceCollection();
        services.AddMemberCards()
            .AddErpPoints().Configure(o => o.BaseAddress = erp.BaseAddress).AddApi<IMyErpApi>(MyErpJsonContext.Default)
            .AddErpPoints("north").Configure(o => o.BaseAddress = erp.BaseAddress).AddApi<IMyErpApi>(MyErpJsonContext.Default);
        await using var provider = services.BuildServiceProvider();

        Assert.Equal("e1", (await provider.GetRequiredService<IMyErpApi>().GetMemberInfoAsync("13800001111")).Data?.CardNo);
        Assert.Equal("e1", (await provider.GetRequiredKeyedService<IMyErpApi>("north").GetMemberInfoAsync("13800001111")).Data?.CardNo);
        Assert.Equal(2, erp.Requests.Count);
    }

    [Fact]
    public async Task An_api_not_added_to_the_registration_fails_at_once_saying_how_to_add_it()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints("north").Configure(o => o.BaseAddress = new Uri("https://erp.example.com/"));
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IErpPointsClientFactory>().CreateApi<IMyErpApi>("north"));

        Assert.Equal("IMyErpApi is not added to MemberCards:Erp(north); add it with AddErpPoints(\"north\").AddApi<IMyErpApi>().", ex.Message);
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IErpPointsClientFactory>().CreateApi<IMyErpApi>("south"));
    }

    private static ServiceProvider Provider(ErpEmulator erp, string name, bool signed)
    {
        var services = new ServiceCollection();
        var registration = services.AddMemberCards().AddErpPoints(name)
            .Configure(o => o.BaseAddress = erp.BaseAddress)
            .AddApi<IMyErpApi>(MyErpJsonContext.Default);
        if (signed)
        {
            registration.ConfigureHttpClient(http => http.AddHttpMessageHandler(sp => new SampleErpSigningHandler(AppKey, AppSecret, sp.GetRequiredService<TimeProvider>())));
        }

        return services.BuildServiceProvider();
    }
}
