// WeChat Official Account member cards against the in-process WeChat emulator:
// create a card, white-list a tester, make a QR code, let the tester pick the card up, activate it, read the member,
// then call an endpoint the SDK does not model (card/getcolors) through your own Refit interface (AddApi).
using System.Text.Json.Serialization;
using MemberCards.Sdk;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.DependencyInjection;
using Refit;

const string appId = "wxsample000000001";
const string tester = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";
await using var emulator = await WeChatEmulator.StartAsync(o => o.Apps[appId] = "sample-secret");

var services = new ServiceCollection();
services.AddMemberCards().AddWeChatCards(o =>
{
    o.AppId = appId;
    o.AppSecret = "sample-secret";
    o.BaseAddress = emulator.BaseAddress; // omit for the real api.weixin.qq.com
}).AddApi<ISampleWeChatApi>(SampleJsonContext.Default);
await using var provider = services.BuildServiceProvider();
var cards = provider.GetRequiredService<IWeChatCardClient>();

var created = await cards.CreateMemberCardAsync(new WeChatCreateMemberCardRequest
{
    MemberCard = new WeChatMemberCard
    {
        BaseInfo = new WeChatCardBaseInfo
        {
            LogoUrl = "https://mmbiz.qpic.cn/mmbiz/sample-logo/0",
            BrandName = "墨鱼咖啡",
            CodeType = WeChatCodeType.QrCode,
            Title = "墨鱼会员卡",
            Color = WeChatCardColors.Color010,
            Notice = "结账时出示会员卡",
            Description = "积分可抵扣消费。",
            DateInfo = new WeChatDateInfo { Type = WeChatDateInfoType.Permanent },
            Sku = new WeChatCardSku { Quantity = 1000 },
        },
        Prerogative = "会员享受 9 折优惠",
        SupplyBonus = true,
        SupplyBalance = false,
        ActivateUrl = "https://example.com/activate",
    },
});
Console.WriteLine($"created card        {created.CardId}");

await cards.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = [tester] });
Console.WriteLine($"white-listed        {tester}");

var qr = await cards.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = created.CardId, OuterStr = "sample" }));
Console.WriteLine($"QR code             {qr.ShowQrCodeUrl}");

var (member, push) = await emulator.ScanQrCodeAsync(qr.Ticket!, tester);
Console.WriteLine($"picked up           code {member.Code} (user_get_card pushed, {push.Body.Length} bytes)");

await cards.ActivateMemberCardAsync(new WeChatActivateMemberCardRequest { CardId = created.CardId, Code = member.Code, MembershipNumber = "M" + member.Code, InitBonus = 100 });
var info = await cards.GetMemberInfoAsync(new WeChatGetMemberInfoRequest { CardId = created.CardId, Code = member.Code });
Console.WriteLine($"activated           {info.MembershipNumber}, bonus {info.Bonus}");

// Your own endpoint over the same pipeline: access_token added (and renewed on 40001), errcode mapped to MemberCardsApiException.
var colors = await provider.GetRequiredService<ISampleWeChatApi>().GetColorsAsync();
Console.WriteLine($"card colours        {colors.Colors?.Count} (via AddApi)");

/// <summary>An endpoint the SDK does not model, declared as a Refit interface.</summary>
public interface ISampleWeChatApi
{
    /// <summary><c>GET /card/getcolors</c>.</summary>
    [Get("/card/getcolors")] Task<ColorsResponse> GetColorsAsync(CancellationToken cancellationToken = default);
}

/// <summary>The card/getcolors answer.</summary>
public sealed class ColorsResponse : WeChatResponse
{
    /// <summary>The colours.</summary>
    [JsonPropertyName("colors")] public IReadOnlyList<CardColor>? Colors { get; init; }
}

/// <summary>One colour.</summary>
public sealed class CardColor
{
    /// <summary><c>Color010</c> ...</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>The RGB value.</summary>
    [JsonPropertyName("value")] public string? Value { get; init; }
}

/// <summary>The sample's JSON metadata.</summary>
[JsonSerializable(typeof(ColorsResponse))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
