using MemberCards.Sdk;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Cli.Tests.Integration;

/// <summary>
/// <c>membercards wechatpay sign</c> prints exactly the Authorization header the SDK sends: the SDK's client calls the
/// emulator, the recorded request's timestamp, nonce, target and body are given to the CLI, and the headers are compared.
/// </summary>
public sealed class WeChatPaySignMatchesSdkTests
{
    [Fact]
    public async Task The_header_of_a_get_is_the_one_the_SDK_sent()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync();
        var card = WeChatPayEmulator.SampleUserCard("478515832665");
        emulator.PutUserCard(card);
        await using var provider = Sdk(emulator);

        await provider.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(new GetUserCardRequest
        {
            UserCardCode = "478515832665",
            BrandId = (string)card["brand_id"]!,
            CardId = (string)card["card_id"]!,
            OpenId = (string)card["openid"]!,
        });

        await AssertCliPrintsTheSdkHeaderAsync(emulator, emulator.Host.Requests.Last(r => r.Path.Contains("/user-cards/478515832665", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_header_of_a_patch_with_a_body_is_the_one_the_SDK_sent()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync();
        var card = WeChatPayEmulator.SampleUserCard("478515832666");
        emulator.PutUserCard(card);
        await using var provider = Sdk(emulator);

        await provider.GetRequiredService<IWeChatPayBrandCardClient>().UpdateUserCardAsync(new UpdateUserCardRequest
        {
            UserCardCode = "478515832666",
            BrandId = (string)card["brand_id"]!,
            CardId = (string)card["card_id"]!,
            OpenId = (string)card["openid"]!,
            Level = "金卡会员",
        });

        var patch = emulator.Host.Requests.Last(r => r.Method == "PATCH");
        Assert.False(patch.Body.IsEmpty);
        await AssertCliPrintsTheSdkHeaderAsync(emulator, patch);
    }

    [Fact]
    public async Task The_brand_header_of_a_patch_is_the_one_the_SDK_sent_as_a_brand()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync();
        var card = WeChatPayEmulator.SampleUserCard("478515832667");
        emulator.PutUserCard(card);
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay(o =>
        {
            emulator.ConfigurePublicKeyMode(o);
            o.Family = WeChatPayFamily.Brand;
            o.BrandId = WeChatPayEmulator.BrandId;
            o.MerchantId = null;
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IWeChatPayBrandCardClient>().UpdateUserCardAsync(new UpdateUserCardRequest
        {
            UserCardCode = "478515832667",
            BrandId = WeChatPayEmulator.BrandId,
            CardId = (string)card["card_id"]!,
            OpenId = (string)card["openid"]!,
            Level = "金卡会员",
        });

        var patch = emulator.Host.Requests.Last(r => r.Method == "PATCH");
        var sent = patch.Header("Authorization")!;
        Assert.StartsWith("/brand/card-member/user-cards/478515832667?card_id=", patch.PathAndQuery, StringComparison.Ordinal);
        using var key = TempFile.WithText(emulator.MerchantKey.PrivateKeyPem);
        using var body = TempFile.WithBytes(patch.Body.ToArray());

        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", patch.Method, "--url", patch.PathAndQuery,
            "--timestamp", Parameter(sent, "timestamp"), "--nonce", Parameter(sent, "nonce_str"), "--body-file", body.Path,
            "--private-key-file", key.Path, "--brand-id", Parameter(sent, "brand_id"), "--serial", Parameter(sent, "serial_no"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\",", sent, StringComparison.Ordinal);
        Assert.Equal(sent, run.Line("Authorization: "));
    }

    private static ServiceProvider Sdk(WeChatPayEmulator emulator)
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay(o => emulator.ConfigurePublicKeyMode(o));
        return services.BuildServiceProvider();
    }

    private static async Task AssertCliPrintsTheSdkHeaderAsync(WeChatPayEmulator emulator, RecordedRequest request)
    {
        var sent = request.Header("Authorization");
        Assert.NotNull(sent);
        using var key = TempFile.WithText(emulator.MerchantKey.PrivateKeyPem);
        using var body = TempFile.WithBytes(request.Body.ToArray());

        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", request.Method, "--url", request.PathAndQuery,
            "--timestamp", Parameter(sent, "timestamp"), "--nonce", Parameter(sent, "nonce_str"), "--body-file", body.Path,
            "--private-key-file", key.Path, "--mchid", Parameter(sent, "mchid"), "--serial", Parameter(sent, "serial_no"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(sent, run.Line("Authorization: "));
        Assert.Equal(emulator.MerchantId, Parameter(sent, "mchid"));
        Assert.Equal(emulator.MerchantKey.SerialNumber, Parameter(sent, "serial_no"));
    }

    private static string Parameter(string authorization, string name)
    {
        var start = authorization.IndexOf($"{name}=\"", StringComparison.Ordinal) + name.Length + 2;
        return authorization[start..authorization.IndexOf('"', start)];
    }
}
