// A web page that hands out a WeChat member card (wx.config + wx.addCard), against the in-process WeChat emulator:
// the emulator creates the card, serves a stand-in for WeChat's wx script, checks both signatures the page passes on
// and pushes user_get_card. Open http://127.0.0.1:5080/member/join in a browser.
using MemberCards.Samples.WeChatPage;
using MemberCards.Sdk;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

const string appId = "wxsample000000001";
const string secret = "sample-secret";
const string visitor = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";
await using var emulator = await WeChatEmulator.StartAsync(o => o.Apps[appId] = secret);

var services = new ServiceCollection();
services.AddMemberCards().AddWeChatCards(o =>
{
    o.AppId = appId;
    o.AppSecret = secret;
    o.BaseAddress = emulator.BaseAddress;
});
// A separate container for the one-off setup (create the card, white-list the visitor), before the page's own host.
#pragma warning disable ASP0000
await using (var provider = services.BuildServiceProvider())
#pragma warning restore ASP0000
{
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
        },
    });
    await cards.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = [visitor] });

    await using var page = AddCardPage.Build(
        new AddCardPageSettings { AppId = appId, AppSecret = secret, WeChatBaseAddress = emulator.BaseAddress, CardId = created.CardId!, JsSdkScript = emulator.JsSdkScriptUrl(visitor) },
        args.Length > 0 ? args : ["--urls", "http://127.0.0.1:5080"]);
    Console.WriteLine($"card {created.CardId}: open http://127.0.0.1:5080{AddCardPage.PagePath}; pushes so far are in the emulator (Ctrl+C to stop)");
    await page.RunAsync();
}
