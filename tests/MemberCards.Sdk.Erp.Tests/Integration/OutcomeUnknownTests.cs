using System.Net;
using System.Net.Sockets;
using MemberCards.Sdk.Erp.Tests.Support;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Erp.Tests.Integration;

public sealed class OutcomeUnknownTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Timeout_after_the_erp_applied_the_change_is_outcome_unknown_and_not_retried()
    {
        await using var host = await ErpTestHost.StartAsync(configure: o => o.Timeout = TimeSpan.FromSeconds(3));
        host.Emulator.AnswerSlowly(TimeSpan.FromMinutes(10));

        var call = host.Client.ChangeMemberPointsAsync(ErpTestHost.Change());
        await WaitUntilAsync(() => host.Emulator.FindMember("13800001111")?.Points == 10);
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(call.IsCompleted);
        host.Clock.Advance(TimeSpan.FromSeconds(1));

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => call.WaitAsync(Patience));
        Assert.Equal("Erp", ex.Service);
        Assert.Equal("ChangeMemberPoints", ex.Operation);
        Assert.Null(ex.StatusCode);
        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.Single(host.Emulator.Requests);
        Assert.Single(Assert.Single(host.Emulator.Members).Changes);
    }

    [Fact]
    public async Task Timeout_before_the_erp_applied_anything_is_outcome_unknown_too()
    {
        await using var host = await ErpTestHost.StartAsync(configure: o => o.Timeout = TimeSpan.FromSeconds(3));
        host.Emulator.Faults.Next(Fault.Wait(TimeSpan.FromMinutes(10)), ErpEmulator.Path);

        var call = host.Client.ChangeMemberPointsAsync(ErpTestHost.Change());
        await WaitUntilAsync(() => host.Emulator.Requests.Count == 1);
        host.Clock.Advance(TimeSpan.FromSeconds(3));

        await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => call.WaitAsync(Patience));
        Assert.Empty(host.Emulator.Members);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Server_error_is_outcome_unknown_and_never_retried(int status)
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.AnswerWithStatus(status, times: 3);

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("ChangeMemberPoints", ex.Operation);
        var cause = Assert.IsType<MemberCardsApiException>(ex.InnerException);
        Assert.Equal(status, cause.StatusCode);
        Assert.Contains("upstream error", cause.Details, StringComparison.Ordinal);
        Assert.Single(host.Emulator.Requests);
        Assert.Empty(host.Emulator.Members);
    }

    [Fact]
    public async Task Dropped_connection_is_outcome_unknown()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.Faults.Next(Fault.DropConnection(), "/user/memberPoints");

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Null(ex.StatusCode);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Single(host.Emulator.Requests);
    }

    [Fact]
    public async Task Answer_cut_off_half_way_is_outcome_unknown()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.Faults.Next(Fault.TruncatedBody(), "/user/memberPoints");

        await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));
    }

    [Fact]
    public async Task Oversized_answer_is_not_buffered_and_is_outcome_unknown()
    {
        await using var host = await ErpTestHost.StartAsync();
        var huge = "{\"code\":10000,\"msg\":\"" + new string('x', ErpConstants.MaxAnswerBytes) + "\"}";
        host.Emulator.Faults.Next(Fault.Status(200, huge), ErpEmulator.Path);

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task Unreachable_erp_is_a_plain_error_because_nothing_was_sent()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var services = new ServiceCollection();
        services.AddMemberCards().AddErpPoints().Configure(o => o.BaseAddress = new Uri($"http://127.0.0.1:{port}/"));
        await using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<MemberCardsException>(() => provider.GetRequiredService<IErpPointsClient>().ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.IsNotType<MemberCardsOutcomeUnknownException>(ex);
        Assert.Contains("not sent", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caller_cancellation_stays_operation_canceled()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.AnswerSlowly(TimeSpan.FromMinutes(10));
        using var cancellation = new CancellationTokenSource();

        var call = host.Client.ChangeMemberPointsAsync(ErpTestHost.Change(), cancellation.Token);
        await WaitUntilAsync(() => host.Emulator.Requests.Count == 1);
        await cancellation.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Patience));
        Assert.Equal(cancellation.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task Already_cancelled_call_sends_nothing()
    {
        await using var host = await ErpTestHost.StartAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change(), new CancellationToken(canceled: true)));

        Assert.Empty(host.Emulator.Requests);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(10, limit.Token);
        }
    }
}
