using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>
/// "Pay only for what you read" (issue 15): the seed-001 GET of a user card against the same in-process emulator,
/// in two groups, each with its own hand-written floor as baseline (bare HttpClient + System.Security.Cryptography:
/// escaped request target, RSA sign, serial/probe/timestamp checks and RSA verify over the raw body, deserialize).
/// <list type="bullet">
/// <item><c>LevelState</c>: the caller reads only level and state. Floor: decrypts nothing. SDK: decrypts nothing
/// (sensitive fields stay ciphertext). "Eager SDK": the SDK revealing all four sensitive fields right after the
/// call, which is the work the SDK did on receipt before this change (an RSA-OAEP decrypt of each: the phone, one
/// common value, two chosen values), so its ratio against the same floor shows the speed-up.</item>
/// <item><c>EveryField</c>: the caller reads every field. Floor: decrypts all four in place. SDK: reveals all four.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WeChatPaySensitiveFieldBenchmarks
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
        var levelState = FloorLevelState().GetAwaiter().GetResult();
        var everything = FloorEveryField().GetAwaiter().GetResult();
        if (SdkLevelState().GetAwaiter().GetResult() != levelState
            || SdkEagerLevelState().GetAwaiter().GetResult() != levelState
            || SdkEveryField().GetAwaiter().GetResult() != everything)
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

    [BenchmarkCategory("LevelState")]
    [Benchmark(Baseline = true, Description = "floor: GET, read level/state, decrypt nothing")]
    public async Task<string> FloorLevelState()
    {
        var card = await FloorGetAsync();
        return $"{card.Level}|{card.UserCardState}";
    }

    [BenchmarkCategory("LevelState")]
    [Benchmark(Description = "SDK: GET, read level/state (lazy)")]
    public async Task<string> SdkLevelState()
    {
        var card = await client.GetUserCardAsync(Request);
        return $"{card.Level}|{WireName(card.UserCardState)}";
    }

    [BenchmarkCategory("LevelState")]
    [Benchmark(Description = "eager SDK (as before): GET, decrypt all on receipt, read level/state")]
    public async Task<string> SdkEagerLevelState()
    {
        var card = await client.GetUserCardAsync(Request);
        RevealAll(card);
        return $"{card.Level}|{WireName(card.UserCardState)}";
    }

    [BenchmarkCategory("EveryField")]
    [Benchmark(Baseline = true, Description = "floor: GET, decrypt and read every field")]
    public async Task<string> FloorEveryField()
    {
        var card = await FloorGetAsync();
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

        return $"{card.Level}|{card.PhoneNumber}|{card.UserInformation.CommonFieldList![0].Value}|{string.Join(",", card.UserInformation.CustomFieldList![0].UserChosenValues!)}";
    }

    [BenchmarkCategory("EveryField")]
    [Benchmark(Description = "SDK: GET, reveal and read every field")]
    public async Task<string> SdkEveryField()
    {
        var card = await client.GetUserCardAsync(Request);
        var information = card.UserInformation!;
        return $"{card.Level}|{card.PhoneNumber!.Reveal()}|{information.CommonFieldList![0].Value!.Reveal()}|{string.Join(",", information.CustomFieldList![0].UserChosenValues!.Select(v => v!.Reveal()))}";
    }

    private static string WireName(UserCardState state) => state == UserCardState.Effective ? "EFFECTIVE" : state.ToString();

    private static void RevealAll(UserCard card)
    {
        card.PhoneNumber?.Reveal();
        foreach (var field in card.UserInformation?.CommonFieldList ?? [])
        {
            field.Value?.Reveal();
        }

        foreach (var field in card.UserInformation?.CustomFieldList ?? [])
        {
            foreach (var value in field.UserChosenValues ?? [])
            {
                value?.Reveal();
            }
        }
    }

    private async Task<FloorUserCard> FloorGetAsync()
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

        return JsonSerializer.Deserialize(body, WeChatPayFloorJsonContext.Default.FloorUserCard)!;
    }
}
