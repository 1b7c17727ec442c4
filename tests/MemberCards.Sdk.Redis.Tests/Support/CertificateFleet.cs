using System.Security.Cryptography;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Redis.Tests.Support;

/// <summary>
/// Three instances of one WeChat Pay merchant in certificate mode, in this process, sharing the real redis-server
/// under a key prefix of their own, against one emulator holding the seed's user card.
/// </summary>
internal sealed class CertificateFleet : IAsyncDisposable
{
    private static readonly Lazy<(WeChatPayTestKey Merchant, WeChatPayTestKey Platform)> Keys = new(() => (WeChatPayTestKey.Create("merchant"), WeChatPayTestKey.Create("platform")));

    private CertificateFleet(WeChatPayEmulator emulator, ServiceProvider[] instances)
    {
        Emulator = emulator;
        Instances = instances;
    }

    internal WeChatPayEmulator Emulator { get; }

    internal IReadOnlyList<ServiceProvider> Instances { get; }

    internal static async Task<CertificateFleet> StartAsync(string test)
    {
        var emulator = await WeChatPayEmulator.StartAsync(new WeChatPayEmulatorOptions { MerchantKey = Keys.Value.Merchant, PlatformKey = Keys.Value.Platform });
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var prefix = RedisTestServer.UniquePrefix(test);
        return new CertificateFleet(emulator, [.. Enumerable.Range(0, 3).Select(_ => Instance(emulator, prefix))]);
    }

    /// <summary>The seed's GET of the user card, through <paramref name="instance"/>.</summary>
    internal static Task<UserCard> GetCardAsync(ServiceProvider instance)
        => instance.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(new GetUserCardRequest { UserCardCode = "478515832665", BrandId = "1004", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA" });

    /// <summary>A genuine notification of the emulator, signed under its current platform certificate.</summary>
    internal WeChatPayEmulatedNotification Notification()
        => Emulator.CreateNotification(WeChatPayUserCardEvent.CreateEventType, "478515832665", WeChatPayResponseSigning.PlatformCertificate);

    /// <summary>Parses <paramref name="notification"/> at <paramref name="instance"/> with a fresh random serial; returns why it was refused.</summary>
    internal static async Task<SignatureFailureReason> ForgeAsync(ServiceProvider instance, WeChatPayEmulatedNotification notification)
    {
        var headers = new Dictionary<string, string>(notification.Headers, StringComparer.OrdinalIgnoreCase) { ["Wechatpay-Serial"] = RandomNumberGenerator.GetHexString(40) };
        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => instance.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(headers, notification.Body));
        return error.Reason;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        await Emulator.DisposeAsync();
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
