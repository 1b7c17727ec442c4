using MemberCards.Sdk.Erp.Tests.Support;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.Erp.Tests.Integration;

public sealed class SigningHandlerTests
{
    private const string AppKey = "erp-app-1001";
    private const string AppSecret = "s3cr3t-for-tests-only";

    [Fact]
    public async Task Host_added_signing_handler_is_verified_by_the_emulator()
    {
        var clock = new FakeTimeProvider(ErpTestHost.Start);
        await using var host = await ErpTestHost.StartAsync(
            new ErpEmulatorOptions { Signature = new ErpEmulatorSignature { AppKey = AppKey, AppSecret = AppSecret }, TimeProvider = clock },
            configureHttpClient: http => http.AddHttpMessageHandler(sp => new SampleErpSigningHandler(AppKey, AppSecret, sp.GetRequiredService<TimeProvider>())));

        var member = await host.Client.ChangeMemberPointsAsync(ErpTestHost.Change());

        Assert.NotNull(member.CardNo);
        var request = Assert.Single(host.Emulator.Requests);
        Assert.Equal(AppKey, request.Header("X-App-Key"));
        Assert.Equal(ErpTestHost.Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.Header("X-Timestamp"));
        Assert.Matches("^[0-9a-f]{32}$", request.Header("X-Sign"));
    }

    [Fact]
    public async Task Wrong_secret_is_refused_as_an_api_exception()
    {
        var clock = new FakeTimeProvider(ErpTestHost.Start);
        await using var host = await ErpTestHost.StartAsync(
            new ErpEmulatorOptions { Signature = new ErpEmulatorSignature { AppKey = AppKey, AppSecret = AppSecret }, TimeProvider = clock },
            configureHttpClient: http => http.AddHttpMessageHandler(sp => new SampleErpSigningHandler(AppKey, "not-the-secret", sp.GetRequiredService<TimeProvider>())));

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("40001", ex.ErrorCode);
        Assert.Contains("X-Sign does not match", ex.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Emulator.Members);
    }

    [Fact]
    public async Task Stale_timestamp_is_refused()
    {
        var emulatorClock = new FakeTimeProvider(ErpTestHost.Start.AddMinutes(6));
        await using var host = await ErpTestHost.StartAsync(
            new ErpEmulatorOptions { Signature = new ErpEmulatorSignature { AppKey = AppKey, AppSecret = AppSecret }, TimeProvider = emulatorClock },
            configureHttpClient: http => http.AddHttpMessageHandler(sp => new SampleErpSigningHandler(AppKey, AppSecret, sp.GetRequiredService<TimeProvider>())));

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Contains("clock skew", ex.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_request_is_refused_when_the_emulator_requires_a_signature()
    {
        await using var host = await ErpTestHost.StartAsync(
            new ErpEmulatorOptions { Signature = new ErpEmulatorSignature { AppKey = AppKey, AppSecret = AppSecret } });

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal(401, ex.StatusCode);
    }
}
