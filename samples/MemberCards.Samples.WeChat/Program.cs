// WeChat Official Account member cards against the in-process WeChat emulator:
// create a card, white-list a tester, make a QR code, let the tester pick the card up, activate it, read the member.
using MemberCards.Sdk;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.DependencyInjection;

const string appId = "wxsample000000001";
const string tester = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";
await using var emulator = await WeChatEmulator.StartAsync(o => o.Apps[appId] = "sample-secret");

var services = new ServiceCollection();
services.AddMemberCards().AddWeChatCards(o =>
{
    o.AppId = appId;
    o.AppSecret = "sample-secret";
    o.BaseAddress = emulator.BaseAddress; // omit for the real api.weixin.qq.com
});
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
