using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>
/// A full GET of a user card (sign, send, verify, decrypt four sensitive fields, deserialize) through the SDK
/// versus a hand-written floor doing the same work with a bare HttpClient, against the same in-process emulator:
/// it builds the escaped request target, signs, checks the answer's serial, probe prefix, timestamp window and
/// signature over the raw body, OAEP-decrypts the four sensitive fields and deserializes into an equivalent model.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WeChatPayGetUserCardBenchmarks
{
    private static readonly GetUserCardRequest Request = new()
    {
        UserCardCode = "478515832665",
        BrandId = "1004",
        CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
        OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    };

    private WeChatPayEmulator emulator = null!;
    private ServiceProvider services = null!;
    private IWeChatPayBrandCardClient client = null!;
    private HttpClient bare = null!;
    private RSA merchantKey = null!;
    private RSA wechatPayKey = null!;

    [GlobalSetup]
    public void Setup()
    {
        emulator = WeChatPayEmulator.StartAsync().GetAwaiter().GetResult();
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var collection = new ServiceCollection();
        collection.AddMemberCards().AddWeChatPay(o => emulator.ConfigurePublicKeyMode(o, withApiV3Key: false));
        services = collection.BuildServiceProvider();
        client = services.GetRequiredService<IWeChatPayBrandCardClient>();
        bare = new HttpClient { BaseAddress = emulator.BaseAddress };
        merchantKey = PemKeys.LoadRsaPrivateKey(emulator.MerchantKey.PrivateKeyPem);
        wechatPayKey = PemKeys.LoadRsaPublicKey(emulator.PublicKey.PublicKeyPem);
        if (Sdk().GetAwaiter().GetResult() != Floor().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The SDK and the floor disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        bare.Dispose();
        merchantKey.Dispose();
        wechatPayKey.Dispose();
        emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "hand-written floor (bare HttpClient, same crypto)")]
    public async Task<string> Floor()
    {
        var target = $"/v3/brand/partner/card-member/user-cards/{Uri.EscapeDataString(Request.UserCardCode)}?brand_id={Uri.EscapeDataString(Request.BrandId)}&card_id={Uri.EscapeDataString(Request.CardId)}&openid={Uri.EscapeDataString(Request.OpenId)}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var nonce = RequestSignature.CreateNonce();
        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"GET\n{target}\n{timestamp}\n{nonce}\n\n"));
        var signature = RsaSha256.Sign(merchantKey, message);
        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        request.Headers.TryAddWithoutValidation("Authorization", string.Create(CultureInfo.InvariantCulture, $"WECHATPAY2-SHA256-RSA2048 mchid=\"{emulator.MerchantId}\",nonce_str=\"{nonce}\",timestamp=\"{timestamp}\",serial_no=\"{emulator.MerchantKey.SerialNumber}\",signature=\"{signature}\""));
        request.Headers.TryAddWithoutValidation("Wechatpay-Serial", emulator.PublicKeyId);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", "floor/1.0");
        using var response = await bare.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var signedAt = response.Headers.GetValues("Wechatpay-Timestamp").First();
        var answerSignature = response.Headers.GetValues("Wechatpay-Signature").First();
        if (!response.IsSuccessStatusCode
            || response.Headers.GetValues("Wechatpay-Serial").First() != emulator.PublicKeyId
            || answerSignature.StartsWith(ResponseSignature.ProbePrefix, StringComparison.Ordinal)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(signedAt, CultureInfo.InvariantCulture)) >= 300
            || !RsaSha256.Verify(wechatPayKey, ResponseSignature.BuildMessage(signedAt, response.Headers.GetValues("Wechatpay-Nonce").First(), body), answerSignature))
        {
            throw new InvalidOperationException("verification failed");
        }

        var card = JsonSerializer.Deserialize(body, WeChatPayFloorJsonContext.Default.FloorUserCard)!;
        card.PhoneNumber = RsaOaep.Decrypt(merchantKey, card.PhoneNumber!);
        foreach (var field in card.UserInformation!.CommonFieldList!)
        {
            field.Value = RsaOaep.Decrypt(merchantKey, field.Value!);
        }

        foreach (var field in card.UserInformation.CustomFieldList!)
        {
            var values = field.UserChosenValues!;
            for (var i = 0; i < values.Count; i++)
            {
                values[i] = RsaOaep.Decrypt(merchantKey, values[i]);
            }
        }

        return $"{card.UserCardCode}|{card.PhoneNumber}|{card.UserInformation.CommonFieldList![0].Value}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!)}|{card.Level}";
    }

    [Benchmark(Description = "SDK GetUserCardAsync (DI, handlers, typed model)")]
    public async Task<string> Sdk()
    {
        var card = await client.GetUserCardAsync(Request);
        return $"{card.UserCardCode}|{card.PhoneNumber!.Reveal()}|{card.UserInformation!.CommonFieldList![0].Value!.Reveal()}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!.Select(v => v!.Reveal()))}|{card.Level}";
    }
}
