using System.Text.Json;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>Issue 12 item 3: option changes (configuration reload) reach the merchant's keys without a restart, atomically.</summary>
public sealed class KeyRotationTests
{
    private static IConfigurationRoot Configuration(WeChatPayEmulator emulator, bool publicKeyMode) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["MemberCards:WeChatPay:MerchantId"] = emulator.MerchantId,
        ["MemberCards:WeChatPay:CertificateSerialNumber"] = emulator.MerchantKey.SerialNumber,
        ["MemberCards:WeChatPay:PrivateKey"] = emulator.MerchantKey.PrivateKeyPem,
        ["MemberCards:WeChatPay:PublicKeyId"] = publicKeyMode ? emulator.PublicKeyId : null,
        ["MemberCards:WeChatPay:PublicKey"] = publicKeyMode ? emulator.PublicKey.PublicKeyPem : null,
        ["MemberCards:WeChatPay:ApiV3Key"] = emulator.ApiV3Key,
        ["MemberCards:WeChatPay:BaseAddress"] = emulator.BaseAddress.ToString(),
        ["MemberCards:WeChatPay:MaxRetries"] = "0",
    }).Build();

    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddMemberCards(configuration.GetSection("MemberCards")).AddWeChatPay();
        return services.BuildServiceProvider();
    }

    private static string SerialOf(string authorization)
    {
        var at = authorization.IndexOf("serial_no=\"", StringComparison.Ordinal) + "serial_no=\"".Length;
        return authorization[at..authorization.IndexOf('"', at)];
    }

    [Fact]
    public async Task A_new_merchant_certificate_applies_during_load_and_every_request_verifies()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        using var rotated = WeChatPayTestKey.Create("merchant (rotated)");
        emulator.TrustMerchantKey(rotated);
        var configuration = Configuration(emulator, publicKeyMode: true);
        await using var provider = Services(configuration);
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();
        await client.GetUserCardAsync(Harness.SampleGet());

        using var stop = new CancellationTokenSource();
        var failures = 0;
        var calls = 0;
        var load = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await client.GetUserCardAsync(Harness.SampleGet());
                }
                catch (MemberCardsException)
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref calls);
            }
        })).ToArray();

        // Counted, not timed: on a loaded machine 300 ms may hold only a handful of calls.
        int reloadedAt;
        try
        {
            await CallsReachedAsync(() => Volatile.Read(ref calls), 20);
            configuration["MemberCards:WeChatPay:CertificateSerialNumber"] = rotated.SerialNumber;
            configuration["MemberCards:WeChatPay:PrivateKey"] = rotated.PrivateKeyPem;
            configuration.Reload();
            reloadedAt = emulator.Host.Requests.Count;
            await CallsReachedAsync(() => Volatile.Read(ref calls), Volatile.Read(ref calls) + 40);
        }
        finally
        {
            // Stop the loaders whatever happened above: a failed count must not leave eight loops calling a disposed
            // client (each failure is a MemberCardsException, which they count and go on from) for the rest of the run.
            await stop.CancelAsync();
            await Task.WhenAll(load).WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.Equal(0, failures);
        Assert.True(calls > 20, $"only {calls} calls ran");
        var serials = emulator.Host.Requests.Select(r => SerialOf(r.Header("Authorization")!)).ToList();
        Assert.Contains(emulator.MerchantKey.SerialNumber, serials);
        Assert.Contains(rotated.SerialNumber, serials);

        // A request signed before the reload may arrive after it, but each loader has at most one call in flight: at
        // most 8 old signatures after the reload, however the threads were scheduled (a fixed arrival margin was not a bound).
        var oldAfterReload = serials.Skip(reloadedAt).Count(s => s == emulator.MerchantKey.SerialNumber);
        Assert.True(oldAfterReload <= 8, $"{oldAfterReload} requests signed with the old key arrived after the reload; at most 8 (one per loader) were in flight");

        // The emulator checks each request with the key its serial names: a new serial with an old key would be a 401.
        var afterwards = emulator.Host.Requests.Count;
        await client.GetUserCardAsync(Harness.SampleGet());
        Assert.Equal(rotated.SerialNumber, SerialOf(emulator.Host.Requests[afterwards].Header("Authorization")!));
        Assert.Equal(rotated.SerialNumber, provider.GetRequiredService<WeChatPayMerchantRegistry>().Get(string.Empty).Credentials.CertificateSerialNumber);
    }

    [Fact]
    public async Task A_new_wechat_pay_public_key_is_used_for_the_next_request()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        using var next = WeChatPayTestKey.Create("wechat pay public key (rotated)");
        var configuration = Configuration(emulator, publicKeyMode: true);
        await using var provider = Services(configuration);
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();
        await client.GetUserCardAsync(Harness.SampleGet());

        configuration["MemberCards:WeChatPay:PublicKeyId"] = "PUB_KEY_ID_0119000072912026120100000000000002";
        configuration["MemberCards:WeChatPay:PublicKey"] = next.PublicKeyPem;
        configuration.Reload();
        var update = new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            PhoneNumber = SensitiveText.FromPlaintext("13900139000"),
        };

        // The emulator does not know the new key, so it refuses the body; what matters is what was sent.
        await Assert.ThrowsAnyAsync<MemberCardsException>(() => client.UpdateUserCardAsync(update));

        var patch = emulator.Host.Requests.Single(r => r.Method == "PATCH");
        Assert.Equal("PUB_KEY_ID_0119000072912026120100000000000002", patch.Header("Wechatpay-Serial"));
        var phone = JsonDocument.Parse(patch.Body).RootElement.GetProperty("phone_number").GetString()!;
        Assert.Equal("13900139000", RsaOaep.Decrypt(next.Rsa, phone));
    }

    [Fact]
    public async Task A_value_read_before_a_rotation_still_reveals_with_the_key_it_was_received_under()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        using var rotated = WeChatPayTestKey.Create("merchant (rotated)");
        emulator.TrustMerchantKey(rotated);
        var configuration = Configuration(emulator, publicKeyMode: true);
        await using var provider = Services(configuration);
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();
        var before = await client.GetUserCardAsync(Harness.SampleGet());

        configuration["MemberCards:WeChatPay:CertificateSerialNumber"] = rotated.SerialNumber;
        configuration["MemberCards:WeChatPay:PrivateKey"] = rotated.PrivateKeyPem;
        configuration.Reload();
        var after = await client.GetUserCardAsync(Harness.SampleGet());

        Assert.Equal("13800138000", before.PhoneNumber!.Reveal());
        Assert.Equal(emulator.MerchantKey.SerialNumber, before.PhoneNumber.KeySerialNumber);
        Assert.Equal(rotated.SerialNumber, after.PhoneNumber!.KeySerialNumber);

        // The emulator still encrypts to the first key, so the new one cannot read it: the error names field and key.
        var error = Assert.Throws<WeChatPaySensitiveFieldException>(() => after.PhoneNumber.Reveal());
        Assert.Equal("phone_number", error.Field);
        Assert.Equal(rotated.SerialNumber, error.KeySerialNumber);
    }

    [Fact]
    public async Task Options_that_cannot_be_applied_leave_the_keys_in_use()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var configuration = Configuration(emulator, publicKeyMode: true);
        await using var provider = Services(configuration);
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();
        await client.GetUserCardAsync(Harness.SampleGet());

        configuration["MemberCards:WeChatPay:PrivateKey"] = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----";
        try
        {
            configuration.Reload();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is Microsoft.Extensions.Options.OptionsValidationException))
        {
            // Validation refuses the new options on the reload thread; the SDK keeps the old ones either way.
        }

        Assert.Equal("478515832665", (await client.GetUserCardAsync(Harness.SampleGet())).UserCardCode);
        Assert.Equal(emulator.MerchantKey.SerialNumber, SerialOf(emulator.Host.Requests[^1].Header("Authorization")!));
    }

    private static async Task CallsReachedAsync(Func<int> calls, int target)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (calls() < target)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {calls()} of {target} calls ran in 30 s");
            await Task.Delay(10);
        }
    }
}
