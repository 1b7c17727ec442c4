using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>
/// A full GET of a user card (sign, send, verify, decrypt four sensitive fields, deserialize) through the SDK
/// versus a hand-written floor doing the same crypto with a bare HttpClient, against the same in-process emulator.
/// </summary>
[MemoryDiagnoser]
public class WeChatPayGetUserCardBenchmarks
{
    private const string Target = "/v3/brand/partner/card-member/user-cards/478515832665?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&openid=obLatjnx9gnqzS4myYGmLZ7LgLBA";

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
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var nonce = RequestSignature.CreateNonce();
        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"GET\n{Target}\n{timestamp}\n{nonce}\n\n"));
        var signature = RsaSha256.Sign(merchantKey, message);
        using var request = new HttpRequestMessage(HttpMethod.Get, Target);
        request.Headers.TryAddWithoutValidation("Authorization", string.Create(CultureInfo.InvariantCulture, $"WECHATPAY2-SHA256-RSA2048 mchid=\"{emulator.MerchantId}\",nonce_str=\"{nonce}\",timestamp=\"{timestamp}\",serial_no=\"{emulator.MerchantKey.SerialNumber}\",signature=\"{signature}\""));
        request.Headers.TryAddWithoutValidation("Wechatpay-Serial", emulator.PublicKeyId);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", "floor/1.0");
        using var response = await bare.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var signedAt = response.Headers.GetValues("Wechatpay-Timestamp").First();
        if (!response.IsSuccessStatusCode
            || response.Headers.GetValues("Wechatpay-Serial").First() != emulator.PublicKeyId
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(signedAt, CultureInfo.InvariantCulture)) >= 300
            || !RsaSha256.Verify(wechatPayKey, ResponseSignature.BuildMessage(signedAt, response.Headers.GetValues("Wechatpay-Nonce").First(), body), response.Headers.GetValues("Wechatpay-Signature").First()))
        {
            throw new InvalidOperationException("verification failed");
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var phone = RsaOaep.Decrypt(merchantKey, root.GetProperty("phone_number").GetString()!);
        var information = root.GetProperty("user_information");
        var sex = RsaOaep.Decrypt(merchantKey, information.GetProperty("common_field_list")[0].GetProperty("value").GetString()!);
        var chosen = information.GetProperty("custom_field_list")[0].GetProperty("user_chosen_values").EnumerateArray().Select(v => RsaOaep.Decrypt(merchantKey, v.GetString()!)).ToArray();
        return $"{root.GetProperty("user_card_code").GetString()}|{phone}|{sex}|{string.Join(",", chosen)}|{root.GetProperty("level").GetString()}";
    }

    [Benchmark(Description = "SDK GetUserCardAsync (DI, handlers, typed model)")]
    public async Task<string> Sdk()
    {
        var card = await client.GetUserCardAsync(Request);
        return $"{card.UserCardCode}|{card.PhoneNumber}|{card.UserInformation!.CommonFieldList![0].Value}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!)}|{card.Level}";
    }
}
