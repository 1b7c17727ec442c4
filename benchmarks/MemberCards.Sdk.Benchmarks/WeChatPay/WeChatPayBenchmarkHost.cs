using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Benchmarks.WeChatPay;

/// <summary>
/// What the WeChat Pay GET benchmarks share: one in-process emulator holding the seed's user card, the SDK client
/// configured for it, and the hand-written floor's signed and verified GET (bare HttpClient +
/// System.Security.Cryptography: escaped request target, RSA sign, serial/probe/timestamp checks and RSA verify over
/// the raw body, deserialize; sensitive fields left as ciphertext for the caller to decrypt or not). With
/// <see cref="WeChatPayTransport.Replay"/> both send through one <see cref="RecordedAnswerHandler"/> instead of the socket.
/// </summary>
internal sealed class WeChatPayBenchmarkHost : IDisposable
{
    /// <summary>The seed-001 request.</summary>
    public static readonly GetUserCardRequest Request = new()
    {
        UserCardCode = "478515832665",
        BrandId = "1004",
        CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
        OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    };

    private readonly WeChatPayEmulator emulator;
    private readonly ServiceProvider services;
    private readonly HttpClient bare;
    private readonly RSA wechatPayKey;
    private readonly RecordedAnswerHandler? replay;

    public WeChatPayBenchmarkHost(WeChatPayTransport transport = WeChatPayTransport.Emulator)
    {
        emulator = WeChatPayEmulator.StartAsync().GetAwaiter().GetResult();
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        replay = transport == WeChatPayTransport.Replay ? new RecordedAnswerHandler(emulator.BaseAddress) : null;
        var collection = new ServiceCollection();
        var merchant = collection.AddMemberCards().AddWeChatPay(o => emulator.ConfigurePublicKeyMode(o, withApiV3Key: false));
        if (replay is not null)
        {
            merchant.ConfigureHttpClient(http => http.ConfigurePrimaryHttpMessageHandler(() => replay));
        }

        services = collection.BuildServiceProvider();
        Client = services.GetRequiredService<IWeChatPayBrandCardClient>();
        bare = replay is null ? new HttpClient { BaseAddress = emulator.BaseAddress } : new HttpClient(replay, disposeHandler: false) { BaseAddress = emulator.BaseAddress };
        MerchantKey = PemKeys.LoadRsaPrivateKey(emulator.MerchantKey.PrivateKeyPem);
        wechatPayKey = PemKeys.LoadRsaPublicKey(emulator.PublicKey.PublicKeyPem);
    }

    /// <summary>The SDK's client for the emulated merchant.</summary>
    public IWeChatPayBrandCardClient Client { get; }

    /// <summary>The merchant private key, for the floor's RSA-OAEP decryption.</summary>
    public RSA MerchantKey { get; }

    /// <summary>The floor's GET: signed, sent, verified and deserialized; sensitive fields still encrypted.</summary>
    /// <returns>The card.</returns>
    public async Task<FloorUserCard> FloorGetAsync()
    {
        var target = $"/v3/brand/partner/card-member/user-cards/{Uri.EscapeDataString(Request.UserCardCode)}?brand_id={Uri.EscapeDataString(Request.BrandId!)}&card_id={Uri.EscapeDataString(Request.CardId)}&openid={Uri.EscapeDataString(Request.OpenId)}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var nonce = RequestSignature.CreateNonce();
        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"GET\n{target}\n{timestamp}\n{nonce}\n\n"));
        var signature = RsaSha256.Sign(MerchantKey, message);
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

    /// <summary>The floor's decryption of all four sensitive fields, in place.</summary>
    /// <param name="card">The card from <see cref="FloorGetAsync"/>.</param>
    /// <returns>The same card.</returns>
    public FloorUserCard FloorDecryptAll(FloorUserCard card)
    {
        card.PhoneNumber = RsaOaep.Decrypt(MerchantKey, card.PhoneNumber!);
        foreach (var field in card.UserInformation!.CommonFieldList!)
        {
            field.Value = RsaOaep.Decrypt(MerchantKey, field.Value!);
        }

        foreach (var field in card.UserInformation.CustomFieldList!)
        {
            var values = field.UserChosenValues!;
            for (var i = 0; i < values.Count; i++)
            {
                values[i] = RsaOaep.Decrypt(MerchantKey, values[i]);
            }
        }

        return card;
    }

    public void Dispose()
    {
        services.Dispose();
        bare.Dispose();
        replay?.Close();
        MerchantKey.Dispose();
        wechatPayKey.Dispose();
        emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
