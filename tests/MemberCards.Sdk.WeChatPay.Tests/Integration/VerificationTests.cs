using Microsoft.Extensions.Time.Testing;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

public sealed class VerificationTests
{
    [Theory]
    [InlineData(WeChatPayMisbehavior.StaleTimestamp, "5 minutes")]
    [InlineData(WeChatPayMisbehavior.ProbeSignature, "probe")]
    [InlineData(WeChatPayMisbehavior.TamperedBody, "does not verify")]
    [InlineData(WeChatPayMisbehavior.Unsigned, "missing")]
    [InlineData(WeChatPayMisbehavior.WrongSerial, "neither the configured public key id")]
    public async Task A_spoiled_answer_is_a_signature_exception_in_public_key_mode(WeChatPayMisbehavior misbehavior, string reason)
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Misbehave(misbehavior);

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("WeChatPay", error.Service);
        Assert.Single(harness.Emulator.Host.Requests, r => r.Path.Contains("user-cards", StringComparison.Ordinal));
        Assert.Equal("13800138000", (await harness.Client.GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
    }

    [Theory]
    [InlineData(WeChatPayMisbehavior.StaleTimestamp)]
    [InlineData(WeChatPayMisbehavior.ProbeSignature)]
    [InlineData(WeChatPayMisbehavior.TamperedBody)]
    [InlineData(WeChatPayMisbehavior.Unsigned)]
    public async Task A_spoiled_answer_is_a_signature_exception_in_certificate_mode(WeChatPayMisbehavior misbehavior)
    {
        await using var harness = await Harness.CertificateModeAsync();
        await harness.Client.GetUserCardAsync(Harness.SampleGet());
        harness.Emulator.Misbehave(misbehavior);

        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));
    }

    [Fact]
    public async Task An_unknown_serial_triggers_exactly_one_new_download_then_fails()
    {
        await using var harness = await Harness.CertificateModeAsync();
        await harness.Client.GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(1, harness.Emulator.CertificateDownloads);
        harness.Emulator.Misbehave(WeChatPayMisbehavior.WrongSerial);

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Contains("5157F09EFDC096DE15EBE81A47057A7232F1B8E1", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Emulator.CertificateDownloads);

        // The same unknown serial again soon after does not cause another download.
        harness.Emulator.Misbehave(WeChatPayMisbehavior.WrongSerial);
        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));
        Assert.Equal(2, harness.Emulator.CertificateDownloads);
    }

    [Fact]
    public async Task The_emulator_refuses_a_request_signed_with_a_clock_six_minutes_ahead()
    {
        var ahead = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(6));
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(ahead);
        services.AddMemberCards().AddWeChatPay(o => emulator.ConfigurePublicKeyMode(o));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal("SIGN_ERROR", error.ErrorCode);
        Assert.Contains("timestamp", error.ErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(error.SigningMessage);
    }

    [Fact]
    public async Task A_write_whose_answer_fails_verification_is_an_unknown_outcome_caused_by_the_signature_failure()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Misbehave(WeChatPayMisbehavior.TamperedBody);

        var error = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => harness.Client.InvalidateUserCardAsync(new InvalidateUserCardRequest
        {
            UserCardCode = "478515832665",
            BrandId = "1004",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        }));

        // The change was applied (the emulator invalidated the card) although the answer could not be trusted.
        Assert.IsType<MemberCardsSignatureException>(error.InnerException);
        Assert.Equal("InvalidateUserCard", error.Operation);
        Assert.Contains("the answer failed verification", error.Message, StringComparison.Ordinal);
        Assert.Equal("INVALID", (string?)harness.Emulator.GetUserCard("478515832665")!["user_card_state"]);
        Assert.Single(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_PATCH_whose_answer_is_forged_is_an_unknown_outcome_and_a_GET_stays_a_signature_failure()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Misbehave(WeChatPayMisbehavior.TamperedBody, times: 2);

        var write = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => harness.Client.UpdateUserCardAsync(new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            Level = "L9",
        }));
        var read = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.IsType<MemberCardsSignatureException>(write.InnerException);
        Assert.Equal("L9", (string?)harness.Emulator.GetUserCard("478515832665")!["level"]);
        Assert.Contains("signature", read.Message, StringComparison.Ordinal);

        // Neither is retried: a signature failure is not transient.
        Assert.Equal(2, harness.Emulator.Host.Requests.Count);
    }

    [Fact]
    public async Task An_unsigned_non_json_success_body_is_a_signature_exception()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.NonJsonBody());

        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));
    }

    [Fact]
    public async Task The_injected_clock_is_used_for_the_five_minute_window()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await Harness.PublicKeyModeAsync(time: clock);
        var emulatorOnly = harness.Emulator;
        await harness.Client.GetUserCardAsync(Harness.SampleGet());

        // The emulator shares the clock: advancing it by 6 minutes keeps both in step, so answers stay fresh.
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal("478515832665", (await harness.Client.GetUserCardAsync(Harness.SampleGet())).UserCardCode);
        Assert.Equal(2, emulatorOnly.Host.Requests.Count);
    }
}
