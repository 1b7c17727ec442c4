using MemberCards.Sdk.Redis.Tests.Support;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>The WeChat Pay platform certificate set: downloaded by one instance of the fleet, adopted by the others.</summary>
public sealed class CertificateSharingTests
{
    [Fact]
    public async Task Three_instances_calling_at_once_download_the_certificates_once_and_all_verify_the_answers()
    {
        await using var fleet = await CertificateFleet.StartAsync("certificates");

        var cards = await Task.WhenAll(fleet.Instances.SelectMany(i => Enumerable.Range(0, 10).Select(_ => Task.Run(() => CertificateFleet.GetCardAsync(i)))));

        Assert.All(cards, c => Assert.Equal("478515832665", c.UserCardCode));
        Assert.Single(fleet.Emulator.Host.Requests, r => r.Path == "/v3/certificates");
    }

    [Fact]
    public async Task Forged_notifications_with_fresh_serials_at_three_instances_cause_one_download_for_the_fleet()
    {
        await using var fleet = await CertificateFleet.StartAsync("unknown-serial");
        foreach (var instance in fleet.Instances)
        {
            await CertificateFleet.GetCardAsync(instance);
        }

        var before = fleet.Emulator.CertificateDownloads;
        var genuine = fleet.Notification();

        // One after the other, so no instance can adopt a download another one is still making: each would download on its own.
        var reasons = new List<SignatureFailureReason>();
        foreach (var instance in fleet.Instances.Concat(fleet.Instances))
        {
            reasons.Add(await CertificateFleet.ForgeAsync(instance, genuine));
        }

        Assert.All(reasons, r => Assert.Equal(SignatureFailureReason.UnknownSerial, r));
        Assert.Equal(before + 1, fleet.Emulator.CertificateDownloads);
        foreach (var instance in fleet.Instances)
        {
            Assert.Equal("478515832665", Assert.IsType<WeChatPayUserCardEvent>(await instance.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(genuine.Headers, genuine.Body)).UserCard.UserCardCode);
        }

        Assert.Equal(before + 1, fleet.Emulator.CertificateDownloads);
    }

    [Fact]
    public async Task An_instance_past_its_notification_bound_verifies_a_rotated_serial_from_the_list_the_fleet_shared_since()
    {
        await using var fleet = await CertificateFleet.StartAsync("rotation");
        foreach (var instance in fleet.Instances)
        {
            await CertificateFleet.GetCardAsync(instance);
        }

        var before = fleet.Emulator.CertificateDownloads;
        var (a, b, c) = (fleet.Instances[0], fleet.Instances[1], fleet.Instances[2]);

        // A forged notification at A spends the fleet's download of this minute (on the list before the rotation).
        await CertificateFleet.ForgeAsync(a, fleet.Notification());

        // WeChat Pay rotates; B hears of the new serial first, from a notification: refused (the bound), and B's own minute is spent.
        fleet.Emulator.RotatePlatformCertificate();
        var genuine = fleet.Notification();
        var refused = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => b.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(genuine.Headers, genuine.Body));
        Assert.Equal(SignatureFailureReason.UnknownSerial, refused.Reason);

        // C's own call is answered under the new serial: C downloads (not bounded: it is the answer to our request) and shares the list.
        await CertificateFleet.GetCardAsync(c);

        // WeChat Pay delivers the notification to B again: B adopts C's list and verifies it, without a download of its own.
        Assert.Equal("478515832665", Assert.IsType<WeChatPayUserCardEvent>(await b.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(genuine.Headers, genuine.Body)).UserCard.UserCardCode);
        Assert.Equal(before + 2, fleet.Emulator.CertificateDownloads);
    }
}
