// Points earned on an order: the ERP books the change, then WeChat Pay's member card shows the new balance.
// Runs against the in-process ERP and WeChat Pay emulators.
//
// Two rules keep a points change from being applied twice:
// 1. The ERP call carries a delta (pointsChanges) and is a POST: when its outcome is unknown (a 5xx, a timeout),
//    the SDK throws MemberCardsOutcomeUnknownException and never retries it. Do not send it again either: park the
//    order and reconcile with the ERP, because the ERP may already have booked it.
// 2. WeChat Pay's user-points/sync carries the absolute balance (point_balance), never a delta, and an
//    out_request_no derived from the order. Sending it again after an unknown outcome sets the same balance again,
//    so it is safe to repeat with the same request.
using MemberCards.Sdk;
using MemberCards.Sdk.Erp;
using MemberCards.Sdk.Testing.Erp;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.DependencyInjection;

await using var erpEmulator = await ErpEmulator.StartAsync();
await using var payEmulator = await WeChatPayEmulator.StartAsync();
const string Mobile = "13800001111";
erpEmulator.AddMember(new ErpEmulatorMember { Mobile = Mobile, Name = "周xx", Sex = "男", Level = 1, State = 1, CardNo = "e0582800" });
payEmulator.PutUserCard(WeChatPayEmulator.SampleUserCard("478515832665"));

var services = new ServiceCollection();
var cards = services.AddMemberCards();
cards.AddWeChatPay(o => payEmulator.ConfigurePublicKeyMode(o)); // real: MerchantId, keys
cards.AddErpPoints().Configure(o => o.BaseAddress = erpEmulator.BaseAddress); // real: your ERP's address
await using var provider = services.BuildServiceProvider();
var erp = provider.GetRequiredService<IErpPointsClient>();
var pay = provider.GetRequiredService<IWeChatPayBrandCardClient>();

// The member's balance as your own system knows it; the ERP and WeChat Pay follow it.
var balance = 100;

balance = await AwardAsync("1002241547865330578", 10, balance);

// The ERP answers 502 once: the outcome of the change is unknown, so the order is parked, not resent.
erpEmulator.AnswerWithStatus(502);
balance = await AwardAsync("1002241547865330579", 25, balance);

// WeChat Pay answers 500 once: the sync is resent as it was (same out_request_no, same absolute balance).
payEmulator.Host.Faults.Next(MemberCards.Sdk.Testing.Fault.Status(500, """{"code":"SYSTEM_ERROR","message":"系统错误"}"""), "/v3/brand/partner/card-member/user-points/sync");
balance = await AwardAsync("1002241547865330580", 5, balance);

Console.WriteLine($"ERP change requests {erpEmulator.Requests.Count}, WeChat Pay balance {payEmulator.GetPointBalance("478515832665")}, own balance {balance}");

async Task<int> AwardAsync(string orderId, int points, int before)
{
    var change = new MemberPointsChangeRequest
    {
        Mobile = Mobile,
        PointsChanges = points,
        PointsRemaining = before + points, // seed 002: the balance after this change
        PointsUsed = 0,
        PointsDescription = "购物送积分",
        Remark = "order " + orderId,
    };
    try
    {
        await erp.ChangeMemberPointsAsync(change);
    }
    catch (MemberCardsOutcomeUnknownException ex)
    {
        Console.WriteLine($"order {orderId}: ERP outcome unknown ({ex.StatusCode}); parked for reconciliation, not resent");
        return before;
    }

    var sync = new SyncUserPointsRequest
    {
        OutRequestNo = orderId + "-points", // stable per order: a resend is the same request
        BrandId = "1004",
        CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
        OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        UserCardCode = "478515832665",
        PointBalance = change.PointsRemaining, // absolute, never the delta
    };
    for (var attempt = 1; ; attempt++)
    {
        try
        {
            var synced = await pay.SyncUserPointsAsync(sync);
            Console.WriteLine($"order {orderId}: +{points}, ERP and WeChat Pay at {synced.PointBalance} (sync attempt {attempt})");
            return change.PointsRemaining;
        }
        catch (MemberCardsOutcomeUnknownException) when (attempt < 3)
        {
            Console.WriteLine($"order {orderId}: WeChat Pay sync outcome unknown; sending the same absolute balance again");
        }
    }
}
