// ERP member points against the in-process ERP emulator: push a points change for a known member and for a
// mobile the ERP does not know yet (it creates the member), then show a refusal.
using MemberCards.Sdk;
using MemberCards.Sdk.Erp;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;

await using var emulator = await ErpEmulator.StartAsync();
emulator.AddMember(new ErpEmulatorMember { Mobile = "13800001111", Name = "周xx", Sex = "男", Level = 1, State = 1, CardNo = "e0582800" });

var services = new ServiceCollection();
services.AddMemberCards().AddErpPoints()
    .Configure(o => o.BaseAddress = emulator.BaseAddress) // real: your ERP's address
    .ConfigureHttpClient(http => { /* real: http.AddHttpMessageHandler<YourErpSigningHandler>() */ });
await using var provider = services.BuildServiceProvider();
var erp = provider.GetRequiredService<IErpPointsClient>();

foreach (var mobile in new[] { "13800001111", "13900002222" })
{
    var member = await erp.ChangeMemberPointsAsync(new MemberPointsChangeRequest
    {
        Mobile = mobile,
        PointsChanges = 10,
        PointsDescription = "购物送积分",
        PointsRemaining = 110,
        PointsUsed = 0,
        Remark = "sample order 1002241547865330578",
    });
    Console.WriteLine($"{Redaction.Phone(mobile),-20}card {member.CardNo}, level {member.Level}, state {member.State}");
}

emulator.FailNext("会员卡已冻结");
try
{
    await erp.ChangeMemberPointsAsync(new MemberPointsChangeRequest { Mobile = "13800001111", PointsChanges = -5, PointsRemaining = 105, PointsUsed = 5 });
}
catch (MemberCardsApiException ex)
{
    Console.WriteLine($"refused             code {ex.ErrorCode}: {ex.ErrorMessage}");
}
