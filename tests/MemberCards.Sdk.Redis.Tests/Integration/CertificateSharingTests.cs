using System.Security.Cryptography;
using MemberCards.Sdk.Redis.Tests.Support;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>The WeChat Pay platform certificate set: downloaded by one instance of the fleet, adopted by the others.</summary>
public sealed class CertificateSharingTests
{
    private static readonly Lazy<(WeChatPayTestKey Merchant, WeChatPayTestKey Platform)> Keys = new(() => (WeChatPayTestKey.Create("merchant"), WeChatPayTestKey.Create("platform")));

    [Fact]
    public async Task Three_instances_calling_at_once_download_the_certificates_once_and_all_verify_the_answers()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(new WeChatPayEmulatorOptions { MerchantKey = Keys.Value.Merchant, PlatformKey = Keys.Value.Platform });
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var prefix = RedisTestServer.UniquePrefix("certificates");
        var instances = Enumerable.Range(0, 3).Select(_ => Instance(emulator, prefix)).ToArray();
        try
        {
            var cards = await Task.WhenAll(instances.SelectMany(i => Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
                await i.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(new GetUserCardRequest
                {
                    UserCardCode = "478515832665",
                    BrandId = "1004",
                    CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
                    OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
                })))));

            Assert.All(cards, c => Assert.Equal("478515832665", c.UserCardCode));
            Assert.Single(emulator.Host.Requests, r => r.Path == "/v3/certificates");
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Forged_notifications_with_fresh_serials_at_three_instances_cause_one_download_for_the_fleet()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(new WeChatPayEmulatorOptions { MerchantKey = Keys.Value.Merchant, PlatformKey = Keys.Value.Platform });
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var prefix = RedisTestServer.UniquePrefix("unknown-serial");
        var instances = Enumerable.Range(0, 3).Select(_ => Instance(emulator, prefix)).ToArray();
        try
        {
            foreach (var instance in instances)
            {
                await instance.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(new GetUserCardRequest { UserCardCode = "478515832665", BrandId = "1004", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA" });
            }

            var before = emulator.CertificateDownloads;
            var genuine = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);
            // One after the other, so no instance can adopt a download another one is still making: each would download on its own.
            var reasons = new List<SignatureFailureReason>();
            foreach (var instance in instances.Concat(instances))
            {
                var headers = new Dictionary<string, string>(genuine.Headers, StringComparer.OrdinalIgnoreCase) { ["Wechatpay-Serial"] = RandomNumberGenerator.GetHexString(40) };
                var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => instance.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(headers, genuine.Body));
                reasons.Add(error.Reason);
            }

            Assert.All(reasons, r => Assert.Equal(SignatureFailureReason.UnknownSerial, r));
            Assert.Equal(before + 1, emulator.CertificateDownloads);
            foreach (var instance in instances)
            {
                Assert.Equal("478515832665", (await instance.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(genuine.Headers, genuine.Body)).UserCard.UserCardCode);
            }

            Assert.Equal(before + 1, emulator.CertificateDownloads);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task An_instance_past_its_notification_bound_verifies_a_rotated_serial_from_the_list_the_fleet_shared_since()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(new WeChatPayEmulatorOptions { MerchantKey = Keys.Value.Merchant, PlatformKey = Keys.Value.Platform });
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var prefix = RedisTestServer.UniquePrefix("rotation");
        var instances = Enumerable.Range(0, 3).Select(_ => Instance(emulator, prefix)).ToArray();
        try
        {
            foreach (var instance in instances)
            {
                await Card(instance);
            }

            var before = emulator.CertificateDownloads;
            var (a, b, c) = (instances[0], instances[1], instances[2]);

            // A forged notification at A spends the fleet's download of this minute (on the list before the rotation).
            var forged = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);
            var headers = new Dictionary<string, string>(forged.Headers, StringComparer.OrdinalIgnoreCase) { ["Wechatpay-Serial"] = RandomNumberGenerator.GetHexString(40) };
            await Assert.ThrowsAsync<MemberCardsSignatureException>(() => a.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(headers, forged.Body));

            // WeChat Pay rotates; B hears of the new serial first, from a notification: refused (the bound), and B's own minute is spent.
            emulator.RotatePlatformCertificate();
            var genuine = emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);
            var refused = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => b.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(genuine.Headers, genuine.Body));
            Assert.Equal(SignatureFailureReason.UnknownSerial, refused.Reason);

            // C's own call is answered under the new serial: C downloads (not bounded: it is the answer to our request) and shares the list.
            await Card(c);

            // WeChat Pay delivers the notification to B again: B adopts C's list and verifies it, without a download of its own.
            Assert.Equal("478515832665", (await b.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(genuine.Headers, genuine.Body)).UserCard.UserCardCode);
            Assert.Equal(before + 2, emulator.CertificateDownloads);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private static Task<UserCard> Card(ServiceProvider instance)
        => instance.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(new GetUserCardRequest { UserCardCode = "478515832665", BrandId = "1004", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA" });

    private static ServiceProvider Instance(WeChatPayEmulator emulator, string prefix)
    {
        var services = new ServiceCollection();
        services.AddMemberCards().UseRedis(RedisTestServer.Address, o => o.KeyPrefix = prefix).AddWeChatPay(o =>
        {
            emulator.ConfigureCertificateMode(o);
            o.RetryDelay = TimeSpan.FromMilliseconds(1);
        });
        return services.BuildServiceProvider();
    }
}
