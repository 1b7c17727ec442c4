using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 19 item 6: reloading <c>PublicKeyId</c>/<c>PublicKey</c> under load fails no request in flight: answers to
/// requests that named the previous key (signed by WeChat Pay with it) verify with it for a bounded grace period.
/// </summary>
public sealed class PublicKeyReloadTests
{
    private const string NextKeyId = "PUB_KEY_ID_0119000072912026120600000000000002";
    private const int Requests = 2400;
    private const int Concurrency = 64;

    [Fact]
    public async Task A_public_key_reloaded_under_load_fails_no_request_and_the_previous_key_is_refused_after_the_grace_period()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options(time));
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        using var next = WeChatPayTestKey.Create("wechatpay public key (rotated)");
        var previousKeyId = emulator.PublicKeyId;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:WeChatPay:MerchantId"] = emulator.MerchantId,
            ["MemberCards:WeChatPay:CertificateSerialNumber"] = emulator.MerchantKey.SerialNumber,
            ["MemberCards:WeChatPay:PrivateKey"] = emulator.MerchantKey.PrivateKeyPem,
            ["MemberCards:WeChatPay:PublicKeyId"] = previousKeyId,
            ["MemberCards:WeChatPay:PublicKey"] = emulator.PublicKey.PublicKeyPem,
            ["MemberCards:WeChatPay:BaseAddress"] = emulator.BaseAddress.ToString(),
            ["MemberCards:WeChatPay:MaxRetries"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddMemberCards(configuration.GetSection("MemberCards")).AddWeChatPay();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();
        await client.GetUserCardAsync(Harness.SampleGet());

        // 2,400 GETs, 64 at a time; when the 800th starts, WeChat Pay switches its signing key and the options are
        // reloaded with the new id and key, while up to 63 requests that named the previous id are in flight.
        var started = -1;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var workers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref started)) < Requests)
            {
                if (i == Requests / 3)
                {
                    emulator.RotatePublicKey(next, NextKeyId);
                    configuration["MemberCards:WeChatPay:PublicKeyId"] = NextKeyId;
                    configuration["MemberCards:WeChatPay:PublicKey"] = next.PublicKeyPem;
                    configuration.Reload();
                }

                try
                {
                    await client.GetUserCardAsync(Harness.SampleGet());
                }
                catch (MemberCardsException ex)
                {
                    errors.Enqueue($"{ex.GetType().Name} {(ex as MemberCardsSignatureException)?.Reason}: {ex.Message}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);

        Assert.True(errors.IsEmpty, $"{errors.Count} of {Requests} GETs failed around the reload, the first: {errors.FirstOrDefault()}");
        var named = emulator.Host.Requests.Select(r => r.Header("Wechatpay-Serial")).ToHashSet();
        Assert.Contains(previousKeyId, named);
        Assert.Contains(NextKeyId, named);

        // The grace is for answers to requests that named the previous key, and it is bounded.
        var keys = provider.GetRequiredService<WeChatPayMerchantRegistry>().Get(string.Empty).Keys;
        Assert.NotNull(await keys.FindVerificationKeyAsync(previousKeyId, requestedSerial: previousKeyId, CancellationToken.None));
        Assert.Null(await keys.FindVerificationKeyAsync(previousKeyId, requestedSerial: NextKeyId, CancellationToken.None));
        Assert.Null(await keys.FindVerificationKeyAsync(previousKeyId, unauthenticated: true, CancellationToken.None));
        time.Advance(WeChatPayKeyStore.PreviousPublicKeyGrace + TimeSpan.FromSeconds(1));
        Assert.Null(await keys.FindVerificationKeyAsync(previousKeyId, requestedSerial: previousKeyId, CancellationToken.None));
        Assert.NotNull(await keys.FindVerificationKeyAsync(NextKeyId, requestedSerial: NextKeyId, CancellationToken.None));
    }
}
