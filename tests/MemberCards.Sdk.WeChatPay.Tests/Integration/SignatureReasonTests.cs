using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>Every WeChat Pay signature failure carries its <see cref="SignatureFailureReason"/>; telemetry tags it from the enum.</summary>
public sealed class SignatureReasonTests
{
    private static IWeChatPayDispatcher Handler(Harness harness) => harness.Services.GetRequiredService<IWeChatPayDispatcher>();

    /// <summary>Collects the reason tags of <c>membercards.verification.failures</c> measurements for the WeChat Pay service.</summary>
    private static MeterListener ListenForReasons(ConcurrentBag<string> reasons)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "membercards.verification.failures")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? service = null;
            string? reason = null;
            foreach (var tag in tags)
            {
                service = tag.Key == "service" ? tag.Value as string : service;
                reason = tag.Key == "reason" ? tag.Value as string : reason;
            }

            if (service == "WeChatPay" && reason is not null)
            {
                reasons.Add(reason);
            }
        });
        listener.Start();
        return listener;
    }

    [Theory]
    [InlineData(WeChatPayMisbehavior.ProbeSignature, SignatureFailureReason.Probe, "probe")]
    [InlineData(WeChatPayMisbehavior.StaleTimestamp, SignatureFailureReason.StaleTimestamp, "stale-timestamp")]
    [InlineData(WeChatPayMisbehavior.WrongSerial, SignatureFailureReason.UnknownSerial, "unknown-serial")]
    [InlineData(WeChatPayMisbehavior.Unsigned, SignatureFailureReason.MissingHeaders, "missing-headers")]
    [InlineData(WeChatPayMisbehavior.TamperedBody, SignatureFailureReason.Mismatch, "mismatch")]
    public async Task A_spoiled_answer_names_its_reason_in_the_exception_and_the_telemetry_tag(WeChatPayMisbehavior misbehavior, SignatureFailureReason reason, string tag)
    {
        var reasons = new ConcurrentBag<string>();
        using var listener = ListenForReasons(reasons);
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Misbehave(misbehavior);

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal(reason, error.Reason);
        Assert.Contains(tag, reasons);
    }

    [Theory]
    [InlineData(WeChatPayMisbehavior.ProbeSignature, SignatureFailureReason.Probe)]
    [InlineData(WeChatPayMisbehavior.StaleTimestamp, SignatureFailureReason.StaleTimestamp)]
    [InlineData(WeChatPayMisbehavior.WrongSerial, SignatureFailureReason.UnknownSerial)]
    [InlineData(WeChatPayMisbehavior.Unsigned, SignatureFailureReason.MissingHeaders)]
    [InlineData(WeChatPayMisbehavior.TamperedBody, SignatureFailureReason.Mismatch)]
    public async Task A_spoiled_notification_names_its_reason(WeChatPayMisbehavior misbehavior, SignatureFailureReason reason)
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Misbehave(misbehavior);
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => Handler(harness).ParseAsync(notification.Headers, notification.Body));

        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData("Wechatpay-Signature", "not base64 at all!")]
    [InlineData("Wechatpay-Timestamp", "16x0000000")]
    [InlineData("Wechatpay-Serial", "../../etc/passwd")]
    [InlineData("Wechatpay-Signature-Type", "WECHATPAY2-SM2-WITH-SM3")]
    public async Task A_malformed_header_is_reason_malformed_and_never_reaches_the_key_store(string header, string value)
    {
        var reasons = new ConcurrentBag<string>();
        using var listener = ListenForReasons(reasons);
        await using var harness = await Harness.CertificateModeAsync();
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);
        var headers = new Dictionary<string, string>(notification.Headers, StringComparer.OrdinalIgnoreCase) { [header] = value };

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => Handler(harness).ParseAsync(headers, notification.Body));

        Assert.Equal(SignatureFailureReason.Malformed, error.Reason);
        Assert.Contains("malformed", reasons);
        if (header != "Wechatpay-Signature")
        {
            Assert.Equal(0, harness.Emulator.CertificateDownloads);
        }
    }

    [Fact]
    public async Task A_wrong_apiv3_key_is_a_mismatch()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.ApiV3Key = new string('z', 32));
        var notification = harness.Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665");

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => Handler(harness).ParseAsync(notification.Headers, notification.Body));

        Assert.Equal(SignatureFailureReason.Mismatch, error.Reason);
    }

    [Fact]
    public async Task A_forged_certificate_list_names_its_reason()
    {
        await using var harness = await Harness.CertificateModeAsync();
        harness.Emulator.Misbehave(WeChatPayMisbehavior.TamperedBody);

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => harness.Keys.RefreshAsync(CancellationToken.None));

        Assert.Equal(SignatureFailureReason.Mismatch, error.Reason);
        Assert.Contains("platform certificate list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reason_has_its_own_tag()
    {
        var tags = Enum.GetValues<SignatureFailureReason>().Select(WeChatPaySignatureVerifier.ReasonTag).ToList();

        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.Equal("unspecified", WeChatPaySignatureVerifier.ReasonTag(SignatureFailureReason.Unspecified));
    }
}
