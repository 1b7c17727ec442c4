using MemberCards.Sdk.Erp.Tests.Support;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Erp.Tests.Integration;

/// <summary>The ERP's place in the shared pipeline: host handlers outside, the SDK's last step innermost, one telemetry shape.</summary>
public sealed class PipelineTests
{
    [Fact]
    public async Task The_sdks_last_step_stays_inside_every_host_handler_however_it_was_added()
    {
        await using var erp = await ErpEmulator.StartAsync();
        var viaBuilder = new ObservingHandler();
        var viaHttpClient = new ObservingHandler();
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints("order")
            .Configure(o => o.BaseAddress = erp.BaseAddress)
            .ConfigureHttpClient(http => http.AddHttpMessageHandler(() => viaBuilder));
        services.AddHttpClient(ErpPointsOptions.HttpClientName("order")).AddHttpMessageHandler(() => viaHttpClient);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IErpPointsClientFactory>().Create("order");

        await client.ChangeMemberPointsAsync(ErpTestHost.Change());
        erp.AnswerWithStatus(502);
        await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => client.ChangeMemberPointsAsync(ErpTestHost.Change()));
        erp.FailNext();
        await Assert.ThrowsAsync<MemberCardsApiException>(() => client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        // Host handlers see the SDK's exceptions, never a raw 502 or a 20000 answer: the mapping step is inside them.
        Assert.Equal(["HTTP 200", nameof(MemberCardsOutcomeUnknownException), nameof(MemberCardsApiException)], viaBuilder.Seen);
        Assert.Equal(viaBuilder.Seen, viaHttpClient.Seen);
    }

    [Fact]
    public async Task Every_call_records_the_shared_duration_metric_with_service_registration_operation_and_outcome()
    {
        using var durations = new RequestDurations();
        await using var erp = await ErpEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints("metrics").Configure(o => o.BaseAddress = erp.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IErpPointsClientFactory>().Create("metrics");

        await client.ChangeMemberPointsAsync(ErpTestHost.Change());
        erp.FailNext();
        await Assert.ThrowsAsync<MemberCardsApiException>(() => client.ChangeMemberPointsAsync(ErpTestHost.Change()));
        erp.AnswerWithStatus(503);
        await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        var measured = durations.Of("metrics");
        Assert.Equal(["success", "20000", "error"], measured.Select(m => m["outcome"]));
        Assert.All(measured, m =>
        {
            Assert.Equal("Erp", m["service"]);
            Assert.Equal("ChangeMemberPoints", m["operation"]);
        });
    }
}
