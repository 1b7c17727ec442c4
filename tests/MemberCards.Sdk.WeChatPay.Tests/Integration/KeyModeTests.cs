using Microsoft.Extensions.Time.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

public sealed class KeyModeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_certificate_rotation_is_picked_up_on_the_first_answer_signed_with_the_new_serial(bool retirePrevious)
    {
        await using var harness = await Harness.CertificateModeAsync();
        var before = harness.Emulator.CurrentPlatformKey.SerialNumber;
        await harness.Client.GetUserCardAsync(Harness.SampleGet());

        var rotated = harness.Emulator.RotatePlatformCertificate(retirePrevious);
        var card = await harness.Client.GetUserCardAsync(Harness.SampleGet());

        Assert.Equal("13800138000", card.PhoneNumber!.Reveal());
        Assert.NotEqual(before, rotated.SerialNumber);
        Assert.Equal(2, harness.Emulator.CertificateDownloads);
        await harness.Client.GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(2, harness.Emulator.CertificateDownloads);
        Assert.Equal(rotated.SerialNumber, harness.Emulator.Host.Requests.Last().Header("Wechatpay-Serial"));
    }

    [Fact]
    public async Task Certificates_are_refreshed_in_the_background_after_the_interval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await Harness.CertificateModeAsync(o => o.CertificateRefreshInterval = TimeSpan.FromHours(1), clock);
        await harness.Client.GetUserCardAsync(Harness.SampleGet());
        clock.Advance(TimeSpan.FromMinutes(30));
        await harness.Client.GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(1, harness.Emulator.CertificateDownloads);

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal("13800138000", (await harness.Client.GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
        for (var i = 0; i < 500 && harness.Emulator.CertificateDownloads < 2; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(2, harness.Emulator.CertificateDownloads);
        await harness.Client.GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(2, harness.Emulator.CertificateDownloads);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_download()
    {
        await using var harness = await Harness.CertificateModeAsync();

        var cards = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => harness.Client.GetUserCardAsync(Harness.SampleGet())));

        Assert.All(cards, c => Assert.Equal("13800138000", c.PhoneNumber!.Reveal()));
        Assert.Equal(1, harness.Emulator.CertificateDownloads);
    }

    [Fact]
    public async Task During_migration_answers_signed_with_either_key_verify()
    {
        await using var both = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o, withApiV3Key: true), null, null);

        both.Emulator.ResponseSigning = WeChatPayResponseSigning.PlatformCertificate;
        Assert.Equal("13800138000", (await both.Client.GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
        Assert.Equal(1, both.Emulator.CertificateDownloads);

        both.Emulator.ResponseSigning = WeChatPayResponseSigning.PublicKey;
        Assert.Equal("13800138000", (await both.Client.GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
        Assert.All(both.Emulator.Host.Requests.Where(r => r.Path.Contains("user-cards", StringComparison.Ordinal)), r => Assert.Equal(both.Emulator.PublicKeyId, r.Header("Wechatpay-Serial")));
    }

    [Fact]
    public async Task A_public_key_only_merchant_answers_404_to_certificates_and_still_works()
    {
        await using var harness = await Harness.StartAsync((e, o) => { e.ServeCertificates = false; e.ConfigurePublicKeyMode(o, withApiV3Key: true); }, null, null);
        harness.Emulator.ResponseSigning = WeChatPayResponseSigning.PlatformCertificate;

        // An answer naming a serial that is not the public key makes the SDK look for certificates (the first load
        // started after the serial was seen, so it is the fresh download): 404 means none, so the answer cannot be trusted.
        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));
        Assert.Equal(1, harness.Emulator.CertificateDownloads);

        harness.Emulator.ResponseSigning = WeChatPayResponseSigning.FollowRequest;
        Assert.Equal("13800138000", (await harness.Client.GetUserCardAsync(Harness.SampleGet())).PhoneNumber!.Reveal());
    }

    [Fact]
    public async Task Certificate_mode_against_a_public_key_only_merchant_says_what_to_configure()
    {
        await using var harness = await Harness.StartAsync((e, o) => { e.ServeCertificates = false; e.ConfigureCertificateMode(o); }, null, null);

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal("RESOURCE_NOT_EXISTS", error.ErrorCode);
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task A_tampered_certificate_list_is_rejected()
    {
        await using var harness = await Harness.CertificateModeAsync();
        harness.Emulator.Misbehave(WeChatPayMisbehavior.TamperedBody);

        await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));
    }

    [Fact]
    public async Task A_wrong_apiv3_key_cannot_decrypt_the_certificates()
    {
        await using var harness = await Harness.CertificateModeAsync(o => o.ApiV3Key = new string('x', 32));

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));
        Assert.Contains("APIv3 key", error.Message, StringComparison.Ordinal);
    }
}
