using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

public sealed class RetryTests
{
    [Fact]
    public async Task A_GET_is_retried_on_5xx_and_429_and_each_attempt_is_signed_afresh()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.Status(503, """{"code":"SYSTEM_ERROR","message":"系统错误"}""")).Next(Fault.Status(429));

        var card = await harness.Client.GetUserCardAsync(Harness.SampleGet());

        Assert.Equal("13800138000", card.PhoneNumber!.Reveal());
        var attempts = harness.Emulator.Host.Requests;
        Assert.Equal(3, attempts.Count);
        Assert.Equal(3, attempts.Select(r => r.Header("Authorization")).Distinct().Count());
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_error_is_reported()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.MaxRetries = 2);
        harness.Emulator.Host.Faults.Next(Fault.Status(500, """{"code":"SYSTEM_ERROR","message":"系统错误"}"""), times: 5);

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("SYSTEM_ERROR", error.ErrorCode);
        Assert.Equal(3, harness.Emulator.Host.Requests.Count);
    }

    [Fact]
    public async Task A_PATCH_is_never_retried()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.Status(503, """{"code":"SYSTEM_ERROR","message":"系统错误"}"""));

        var error = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => harness.Client.UpdateUserCardAsync(new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            Level = "L2",
        }));

        // A 5xx on a write is outcome-unknown (issue 12 item 22), WeChat Pay's error as the cause.
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("UpdateUserCard", error.Operation);
        var cause = Assert.IsType<WeChatPayApiException>(error.InnerException);
        Assert.Equal("SYSTEM_ERROR", cause.ErrorCode);
        Assert.Single(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_dropped_connection_on_POST_is_an_unknown_outcome_and_not_retried()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.DropConnection());

        var error = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => harness.Client.InvalidateUserCardAsync(new InvalidateUserCardRequest
        {
            UserCardCode = "478515832665",
            BrandId = "1004",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        }));

        Assert.Equal("InvalidateUserCard", error.Operation);
        Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("EFFECTIVE", (string?)harness.Emulator.GetUserCard("478515832665")!["user_card_state"]);
    }

    [Fact]
    public async Task A_dropped_connection_on_GET_is_retried()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.DropConnection());

        Assert.Equal("13800138000", (await harness.Client.GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
        Assert.Equal(2, harness.Emulator.Host.Requests.Count);
    }

    [Fact]
    public async Task A_truncated_answer_to_a_GET_is_retried()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.TruncatedBody());

        Assert.Equal("13800138000", (await harness.Client.GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
        Assert.Equal(2, harness.Emulator.Host.Requests.Count);
    }

    [Fact]
    public async Task A_truncated_error_answer_to_a_GET_is_retried_and_then_reported()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.TruncatedBody());
        var missing = new GetUserCardRequest { UserCardCode = "478515832665", BrandId = "1004", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", OpenId = "nobody" };

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(missing));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("RESOURCE_NOT_EXISTS", error.ErrorCode);
        Assert.Equal(2, harness.Emulator.Host.Requests.Count);
    }

    [Fact]
    public async Task A_truncated_error_answer_to_a_POST_is_an_unknown_outcome()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.TruncatedBody());

        var error = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => harness.Client.InvalidateUserCardAsync(new InvalidateUserCardRequest
        {
            UserCardCode = "000000000000",
            BrandId = "1004",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            OpenId = "nobody",
        }));

        Assert.Equal("InvalidateUserCard", error.Operation);
        Assert.Single(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_GET_that_keeps_failing_on_the_network_is_a_MemberCardsException()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.MaxRetries = 1);
        harness.Emulator.Host.Faults.Next(Fault.DropConnection(), times: 2);

        var error = await Assert.ThrowsAsync<MemberCardsException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Network_errors_fail_over_to_the_backup_host()
    {
        await using var backup = await Harness.PublicKeyModeAsync();
        await using var harness = await Harness.StartAsync((e, o) =>
        {
            backup.Emulator.ConfigurePublicKeyMode(o);
            o.BaseAddress = new Uri("http://127.0.0.1:1/");
            o.BackupBaseAddress = backup.Emulator.BaseAddress;
        }, null, null);

        Assert.Equal("13800138000", (await harness.Client.GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
        Assert.Single(backup.Emulator.Host.Requests);
    }

    [Fact]
    public async Task Cancellation_stops_a_slow_call_and_its_retries()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.Wait(TimeSpan.FromSeconds(5)));

        // A second is long enough for the request to reach the emulator on a loaded machine, so "once" is never "not yet".
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet(), cancellation.Token));
        Assert.Single(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_timeout_is_not_a_cancellation_of_the_caller()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => { o.Timeout = TimeSpan.FromMilliseconds(300); o.AttemptTimeout = TimeSpan.FromMilliseconds(300); o.MaxRetries = 0; });
        harness.Emulator.Host.Faults.Next(Fault.Wait(TimeSpan.FromSeconds(2)));

        var error = await Assert.ThrowsAsync<MemberCardsException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }
}
