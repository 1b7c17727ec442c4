using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Issue 20: the card figures of datacube (getcardbizuininfo, getcardcardinfo, getcardmembercardinfo, getcardmembercarddetail), through DI against the emulator over HTTP.</summary>
public sealed class CardDataTests
{
    // 2026-06-30 20:00 UTC is 2026-07-01 04:00 in China: "yesterday" for WeChat is 2026-06-30.
    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 6, 30, 20, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_figures_come_one_entry_per_day_with_the_mixed_wire_names_mapped()
    {
        var clock = Clock();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(clock);
        await using var sdk = WeChatTestHosts.Build(emulator, time: clock);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var cardId = (await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;

        var biz = await client.GetCardBizDataAsync(new WeChatCardDataRequest { BeginDate = "2026-06-28", EndDate = "2026-06-30", CondSource = 1 });
        Assert.Equal(["2026-06-28", "2026-06-29", "2026-06-30"], biz.List!.Select(d => d.RefDate!));
        Assert.All(biz.List!, d => Assert.True(d.ViewCnt > 0 && d.ViewUser <= d.ViewCnt && d.ExpireCnt is not null));
        Assert.Equal("""{"begin_date":"2026-06-28","end_date":"2026-06-30","cond_source":1}""", emulator.Requests.Single(r => r.Path == "/datacube/getcardbizuininfo").BodyText);

        // Sixty-two days counting both ends is the most WeChat answers.
        var members = await client.GetMemberCardDataAsync(new WeChatCardDataRequest { BeginDate = "2026-04-30", EndDate = "2026-06-30", CondSource = 0 });
        Assert.Equal(62, members.List!.Count);
        Assert.All(members.List!, d => Assert.True(d.TotalUser > 0 && d.ActiveUser > 0 && d.TotalReceiveUser >= d.TotalUser));

        var detail = Assert.Single((await client.GetMemberCardDetailDataAsync(new WeChatMemberCardDetailDataRequest { BeginDate = "2026-06-30", EndDate = "2026-06-30", CardId = cardId })).List!);
        Assert.Equal((cardId, 1, "2026-06-30"), (detail.CardId, detail.MerchantType, detail.RefDate));
        Assert.True(detail.PayOriginalFee > detail.Fee && detail.Fee > 0 && detail.NewUser > 0 && detail.ActiveCnt > 0);

        // The emulator holds member cards only, which getcardcardinfo does not count.
        Assert.Empty((await client.GetCardCardDataAsync(new WeChatCardCardDataRequest { BeginDate = "2026-06-30", EndDate = "2026-06-30", CondSource = 1, CardId = cardId })).List!);
        Assert.Equal(
            $$"""{"begin_date":"2026-06-30","end_date":"2026-06-30","cond_source":1,"card_id":"{{cardId}}"}""",
            emulator.Requests.Single(r => r.Path == "/datacube/getcardcardinfo").BodyText);
    }

    [Theory]
    [InlineData("2015/06/15", "2015-06-16", 61500)]
    [InlineData("2026-06-01", "2026-07-01", 61501)]
    [InlineData("2026-04-29", "2026-06-30", 61501)]
    [InlineData("2026-06-30", "2026-06-29", 61501)]
    public async Task The_emulator_refuses_bad_days_with_wechats_errcodes(string begin, string end, int errcode)
    {
        var clock = Clock();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(clock);
        await using var sdk = WeChatTestHosts.Build(emulator, time: clock);
        var token = await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();
        using var http = new HttpClient();

        using var answer = await http.PostAsync(
            new Uri(emulator.BaseAddress, "datacube/getcardbizuininfo?access_token=" + Uri.EscapeDataString(token)),
            new StringContent($$"""{"begin_date":"{{begin}}","end_date":"{{end}}","cond_source":0}""", Encoding.UTF8, new MediaTypeHeaderValue("application/json")));

        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal(errcode, body.RootElement.GetProperty("errcode").GetInt32());
    }

    public static TheoryData<string, Func<IWeChatCardClient, Task>> BadRequests => new()
    {
        { "begin_date", c => c.GetCardBizDataAsync(new WeChatCardDataRequest { EndDate = "2026-06-30", CondSource = 0 }) },
        { "begin_date", c => c.GetCardBizDataAsync(new WeChatCardDataRequest { BeginDate = "2026-6-1", EndDate = "2026-06-30", CondSource = 0 }) },
        { "end_date", c => c.GetMemberCardDataAsync(new WeChatCardDataRequest { BeginDate = "2026-06-01", EndDate = "20260630", CondSource = 0 }) },
        { "end_date", c => c.GetMemberCardDataAsync(new WeChatCardDataRequest { BeginDate = "2026-04-29", EndDate = "2026-06-30", CondSource = 0 }) },
        { "end_date", c => c.GetCardBizDataAsync(new WeChatCardDataRequest { BeginDate = "2026-06-30", EndDate = "2026-06-29", CondSource = 0 }) },
        { "end_date", c => c.GetCardBizDataAsync(new WeChatCardDataRequest { BeginDate = "2026-06-30", EndDate = "2026-07-01", CondSource = 0 }) },
        { "end_date", c => c.GetCardCardDataAsync(new WeChatCardCardDataRequest { BeginDate = "2026-07-01", EndDate = "2026-07-01", CondSource = 0 }) },
        { "end_date", c => c.GetMemberCardDetailDataAsync(new WeChatMemberCardDetailDataRequest { BeginDate = "2026-06-30", EndDate = "2026-07-01", CardId = "pCard" }) },
        { "cond_source", c => c.GetCardBizDataAsync(new WeChatCardDataRequest { BeginDate = "2026-06-30", EndDate = "2026-06-30" }) },
        { "cond_source", c => c.GetCardCardDataAsync(new WeChatCardCardDataRequest { BeginDate = "2026-06-30", EndDate = "2026-06-30", CondSource = 2 }) },
        { "card_id", c => c.GetCardCardDataAsync(new WeChatCardCardDataRequest { BeginDate = "2026-06-30", EndDate = "2026-06-30", CondSource = 0, CardId = new string('p', 33) }) },
        { "card_id", c => c.GetMemberCardDetailDataAsync(new WeChatMemberCardDetailDataRequest { BeginDate = "2026-06-30", EndDate = "2026-06-30" }) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_request_outside_the_documented_limits_is_refused_before_sending(string field, Func<IWeChatCardClient, Task> call)
    {
        var clock = Clock();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(clock);
        await using var sdk = WeChatTestHosts.Build(emulator, time: clock);

        var ex = await Assert.ThrowsAsync<MemberCardsValidationException>(() => call(sdk.GetRequiredService<IWeChatCardClient>()));

        Assert.Equal(field, ex.FieldPath);
        Assert.DoesNotContain(emulator.Requests, r => r.Path.StartsWith("/datacube/", StringComparison.Ordinal));
    }
}
