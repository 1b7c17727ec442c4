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
