using System.Diagnostics;
using MemberCards.Samples.AotCheck;
using MemberCards.Sdk;
using MemberCards.Sdk.Erp;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing.Erp;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using MemberCards.Sdk.Youzan;
using Microsoft.Extensions.DependencyInjection;

// A host using every client (WeChat, WeChat Pay, Youzan, ERP, IoT) against the in-process emulators, published native
// by build/smoke/aot.sh. Every use of the clients' API is in this file. Prints "start-to-first-call: <ms> ms": from the
// process start to the first answered SDK call (DI build, options validation, access_token fetch, the call), less the
// time spent starting the in-process emulators, which a real host does not pay. Exits 0 only when every call succeeded.
const string AppId = "wxaotcheck0000001";
const string AppSecret = "aot-check-app-secret";
const string YouzanClientId = "aot-check-youzan-client";
const string YouzanClientSecret = "aot-check-youzan-secret";
const string IotTopic = "demo-tenant/proj_1080446148159139840/v1-business-customer";

var checks = new Checks();
var clock = Stopwatch.StartNew();

await using var wechatEmulator = await WeChatEmulator.StartAsync(o => o.Apps[AppId] = AppSecret);
await using var wechatPayEmulator = await WeChatPayEmulator.StartAsync();
await using var erpEmulator = await ErpEmulator.StartAsync();
using var youzanEmulator = new YouzanPushEmulator(YouzanClientId, YouzanClientSecret) { Style = YouzanPushStyle.Cloud };
var emulatorsReady = clock.Elapsed;

var services = new ServiceCollection();
services.AddSingleton<Inbox>();
services.AddMemberCards()
    .AddWeChatCards(o =>
    {
        o.AppId = AppId;
        o.AppSecret = AppSecret;
        o.BaseAddress = wechatEmulator.BaseAddress;
    })
    .AddWeChatPay(o => wechatPayEmulator.ConfigurePublicKeyMode(o))
    .AddErpPoints().Configure(o => o.BaseAddress = erpEmulator.BaseAddress)
    .AddYouzan().Configure(o =>
    {
        o.ClientId = YouzanClientId;
        o.ClientSecret = YouzanClientSecret;
    }).AddHandler<YouzanCustomerCardEvent, YouzanCustomerCardHandler>()
    .AddIotEvents().AddHandler<CustomerAddEvent, IotCustomerAddHandler>();
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
await using var scope = provider.CreateAsyncScope();
var inbox = provider.GetRequiredService<Inbox>();

await checks.RunAsync("WeChat: set the test white-list (access_token fetched first)", async () =>
{
    var wechat = scope.ServiceProvider.GetRequiredService<IWeChatCardClient>();
    await wechat.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = ["oAotCheckTester0000000000001"] });
    checks.FirstCall(clock.Elapsed - emulatorsReady);
    return true;
});

await checks.RunAsync("WeChat Pay: read a user card (signed, verified, phone decrypted)", async () =>
{
    var card = WeChatPayEmulator.SampleUserCard("478515832665");
    card["phone_number"] = "13800138000";
    wechatPayEmulator.PutUserCard(card);
    var userCard = await scope.ServiceProvider.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(new GetUserCardRequest
    {
        UserCardCode = "478515832665",
        BrandId = (string)card["brand_id"]!,
        CardId = (string)card["card_id"]!,
        OpenId = (string)card["openid"]!,
    });
    return userCard.UserCardCode == "478515832665" && userCard.PhoneNumber?.Reveal() == "13800138000";
});

await checks.RunAsync("ERP: change member points", async () =>
{
    var member = await scope.ServiceProvider.GetRequiredService<IErpPointsClient>().ChangeMemberPointsAsync(new MemberPointsChangeRequest
    {
        Mobile = "13800138000",
        PointsChanges = 100,
        PointsDescription = "开卡礼",
        PointsRemaining = 100,
        PointsUsed = 0,
        Remark = "aot check",
    });
    return member is not null;
});

await checks.RunAsync("Youzan: verify and dispatch a signed push to a handler", async () =>
{
    var push = youzanEmulator.CustomerCardPush("AOT0001", "aot-card", "CUSTOMER_CARD_TAKEN", "13800138000", 0, 0, DateTimeOffset.UtcNow);
    await provider.GetRequiredService<IYouzanDispatcher>().DispatchAsync(push.Body, push.EventSign);
    return inbox.YouzanCardNo == "AOT0001";
});

await checks.RunAsync("IoT: parse and dispatch a customerAdd event to a handler", async () =>
{
    var message = new IotMessageBuilder().Add(new CustomerAddEvent { Id = 1090560337592619001, Name = "张三", Phone = "13800138000" });
    await provider.GetRequiredService<IIotEventDispatcher>().DispatchAsync(IotTopic, message.ToBytes());
    return inbox.IotCustomerId == 1090560337592619001;
});

Console.WriteLine($"runtime start: {checks.RuntimeStart.TotalMilliseconds:0} ms (process start to Main)");
Console.WriteLine($"emulators start: {emulatorsReady.TotalMilliseconds:0} ms (not counted below)");
Console.WriteLine($"start-to-first-call: {checks.StartToFirstCall.TotalMilliseconds:0} ms");
Console.WriteLine($"aot check: {checks.Passed} passed, {checks.Failed} failed");
return checks.Failed == 0 && checks.Passed == 5 ? 0 : 1;

namespace MemberCards.Samples.AotCheck
{
    /// <summary>What the handlers saw.</summary>
    internal sealed class Inbox
    {
        public string? YouzanCardNo { get; set; }

        public long? IotCustomerId { get; set; }
    }

    /// <summary>A Youzan handler.</summary>
    internal sealed class YouzanCustomerCardHandler(Inbox inbox) : IYouzanMessageHandler<YouzanCustomerCardEvent>
    {
        public Task HandleAsync(YouzanCustomerCardEvent message, YouzanMessageContext context, CancellationToken cancellationToken)
        {
            inbox.YouzanCardNo = message.CardNo;
            return Task.CompletedTask;
        }
    }

    /// <summary>An IoT handler.</summary>
    internal sealed class IotCustomerAddHandler(Inbox inbox) : IIotMessageHandler<CustomerAddEvent>
    {
        public Task HandleAsync(CustomerAddEvent message, IotMessageContext context, CancellationToken cancellationToken)
        {
            inbox.IotCustomerId = message.Id;
            return Task.CompletedTask;
        }
    }
}
