using MemberCards.Sdk.Redis.Tests.Support;
using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>
/// The JS-SDK tickets with separate OS processes: three fleet hosts on one real Redis, in front of the WeChat emulator,
/// get the same guarantee as the access_token: one getticket request per ticket type for the whole fleet.
/// </summary>
[Collection(FleetCollection.Name)]
public sealed class TicketFleetTests
{
    [Fact]
    public async Task Three_processes_making_300_cold_ticket_calls_each_send_one_getticket_request_per_type()
    {
        await using var fleet = await Fleet.StartAsync(RedisTestServer.Address, RedisTestServer.UniquePrefix("tickets"), apps: 1);
        var app = fleet.Apps[0];

        // One type after the other; for each, the three processes start together with 300 concurrent callers each.
        var answers = new[]
        {
            await fleet.AllAsync((_, _, start) => $"tickets {start} {app} jsapi 300"),
            await fleet.AllAsync((_, _, start) => $"tickets {start} {app} wx_card 300"),
        };

        // A process that lost Redis (its 1 s operation timeout on a loaded machine) fetches on its own and says so on stderr.
        var stats = await fleet.AllAsync((_, _, _) => "stats");
        var why = $"stats: {string.Join(" | ", stats.Select(s => string.Join(' ', s.Select(p => $"{p.Key}={p.Value}"))))}\n{fleet.Errors}";
        foreach (var perType in answers)
        {
            Assert.All(perType, a => Assert.Equal(("1", "0", "0"), (a["distinct"], a["errors"], a["retry"])));
            Assert.True(perType.Select(a => a["digest"]).Distinct().Count() == 1, "the processes got different tickets\n" + why);
        }

        Assert.NotEqual(answers[0][0]["digest"], answers[1][0]["digest"]);
        var fetched = (fleet.WeChat.TicketFetchCount(app, WeChatTicketType.JsApi), fleet.WeChat.TicketFetchCount(app, WeChatTicketType.WxCard));
        Assert.True(fetched == (1, 1), $"getticket fetches (jsapi, wx_card): {fetched}\n{why}");
        Assert.Equal(1, fleet.WeChat.TokenRequestCount(app));
        Assert.Equal(2, fleet.WeChat.Requests.Count(r => r.Path == "/cgi-bin/ticket/getticket"));
    }
}
