using System.Text.Json.Nodes;
using MemberCards.Sdk;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.WeChat;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MemberCards.Samples.WeChatPage.Tests;

/// <summary>
/// The sample page in headless Chromium (the Debian package, driven by Playwright): the page loads the emulator's stand-in
/// <c>wx</c>, which posts what the page passed to <c>wx.config</c> and <c>wx.addCard</c> to the emulator; the emulator
/// checks both signatures and pushes <c>user_get_card</c> to the merchant's callback.
/// </summary>
public sealed class AddCardPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string AppId = "wxpage0000000001";
    private const string Secret = "page-secret";
    private const string Visitor = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";

    [Fact]
    public async Task The_page_hands_out_the_card_and_the_host_receives_user_get_card_for_the_issued_code()
    {
        await using var world = await World.StartAsync();
        await using var browser = await LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(world.PageUrl);
        var status = await StatusAsync(page);

        Assert.Equal("added: " + world.CardId, status);
        var push = Assert.Single(world.Emulator.Pushes);
        Assert.Equal(200, push.CallbackStatus);
        var member = CodeOf(push.EventXml);
        var issued = world.Emulator.FindMember(member);
        Assert.NotNull(issued);
        Assert.Equal((world.CardId, Visitor, "web-page"), (issued.CardId, issued.OpenId, issued.OuterStr));
        var received = Assert.Single(world.Callback.Bodies);
        Assert.Contains("<Event><![CDATA[user_get_card]]></Event>", received, StringComparison.Ordinal);
        Assert.Contains($"<UserCardCode><![CDATA[{member}]]></UserCardCode>", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_config_signature_is_refused_and_nothing_is_pushed()
    {
        await using var world = await World.StartAsync();
        await using var browser = await LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.RouteAsync("**" + AddCardPage.SignaturePath + "*", async route =>
        {
            var response = await route.FetchAsync();
            var signed = JsonNode.Parse(await response.TextAsync())!;
            var signature = (string)signed["config"]!["signature"]!;
            signed["config"]!["signature"] = (signature[0] == '0' ? "1" : "0") + signature[1..];
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = signed.ToJsonString() });
        });

        await page.GotoAsync(world.PageUrl);
        var status = await StatusAsync(page);

        Assert.Equal("config failed: config:invalid signature", status);
        Assert.Empty(world.Emulator.Pushes);
        Assert.Empty(world.Callback.Bodies);
    }

    private static string CodeOf(string xml)
    {
        const string open = "<UserCardCode><![CDATA[";
        var start = xml.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return xml[start..xml.IndexOf("]]>", start, StringComparison.Ordinal)];
    }

    private static async Task<string> StatusAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent !== 'signing…'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        return await page.TextContentAsync("#status") ?? string.Empty;
    }

    private static async Task<BrowserSession> LaunchAsync()
    {
        Assert.True(File.Exists(Chromium), $"The browser test needs the Debian chromium package at {Chromium}: install it with 'apt-get install -y chromium' (build/test.sh does so when run as root).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        return new BrowserSession(playwright, browser);
    }

    private sealed class BrowserSession(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public Task<IPage> NewPageAsync() => browser.NewPageAsync();

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private sealed class World(WeChatEmulator emulator, CallbackRecorder callback, Microsoft.AspNetCore.Builder.WebApplication site, string cardId) : IAsyncDisposable
    {
        public WeChatEmulator Emulator => emulator;

        public CallbackRecorder Callback => callback;

        public string CardId => cardId;

        public string PageUrl => site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + AddCardPage.PagePath + "?from=menu";

        public static async Task<World> StartAsync()
        {
            var callback = await CallbackRecorder.StartAsync();
            var emulator = await WeChatEmulator.StartAsync(o =>
            {
                o.Apps[AppId] = Secret;
                o.CallbackUrl = callback.Url;
            });
            var services = new ServiceCollection();
            services.AddMemberCards().AddWeChatCards(o =>
            {
                o.AppId = AppId;
                o.AppSecret = Secret;
                o.BaseAddress = emulator.BaseAddress;
            });
            string cardId;
            await using (var provider = services.BuildServiceProvider())
            {
                var cards = provider.GetRequiredService<IWeChatCardClient>();
                var created = await cards.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCard() });
                await cards.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = [Visitor] });
                cardId = created.CardId!;
            }

            var site = AddCardPage.Build(
                new AddCardPageSettings { AppId = AppId, AppSecret = Secret, WeChatBaseAddress = emulator.BaseAddress, CardId = cardId, JsSdkScript = emulator.JsSdkScriptUrl(Visitor) },
                "--urls", "http://127.0.0.1:0");
            await site.StartAsync();
            return new World(emulator, callback, site, cardId);
        }

        public async ValueTask DisposeAsync()
        {
            await site.DisposeAsync();
            await emulator.DisposeAsync();
            await callback.DisposeAsync();
        }

        private static WeChatMemberCard SampleCard() => new()
        {
            BaseInfo = new WeChatCardBaseInfo
            {
                LogoUrl = "https://mmbiz.qpic.cn/mmbiz/page-logo/0",
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
        };
    }
}
