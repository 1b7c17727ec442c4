using System.Diagnostics;
using MemberCards.Sdk.Redis.Tests.Support;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>
/// The fleet guarantees with separate OS processes: three fleet hosts on one real Redis, in front of the WeChat
/// emulator (classic tokens: every fetch invalidates the previous token) and receiving the same Youzan pushes.
/// </summary>
[Collection(FleetCollection.Name)]
public sealed class FleetTests
{
    [Fact]
    public async Task Three_processes_making_300_cold_token_calls_each_send_one_token_request()
    {
        await using var fleet = await Fleet.StartAsync(RedisTestServer.Address, RedisTestServer.UniquePrefix("tokens"));
        var app = fleet.Apps[0];

        var answers = await fleet.AllAsync((_, _, start) => $"tokens {start} {app} 300");

        Assert.All(answers, a => Assert.Equal(("1", "0", "0"), (a["distinct"], a["errors"], a["retry"])));
        Assert.Single(answers.Select(a => a["digest"]).Distinct());
        Assert.Equal(1, fleet.WeChat.TokenRequestCount(app));
    }

    [Fact]
    public async Task A_token_rejected_with_40001_in_three_processes_is_renewed_once()
    {
        await using var fleet = await Fleet.StartAsync(RedisTestServer.Address, RedisTestServer.UniquePrefix("renew"));
        var app = fleet.Apps[0];
        await fleet.AllAsync((_, _, start) => $"tokens {start} {app} 10");
        Assert.Equal(1, fleet.WeChat.TokenRequestCount(app));

        fleet.WeChat.RevokeTokens(app);
        var answers = await fleet.AllAsync((_, _, start) => $"calls {start} {app} 100");

        // Every call was retried once with the renewed token and reached the card API (the card does not exist there).
        Assert.All(answers, a => Assert.Equal("0", a["errors"]));
        Assert.All(answers, a => Assert.DoesNotContain(a.Keys, k => k is "40001" or "40014" or "42001"));
        Assert.Equal(300, answers.Sum(a => a.Where(p => p.Key.All(char.IsDigit)).Sum(p => int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(2, fleet.WeChat.TokenRequestCount(app));
    }

    [Fact]
    public async Task A_thousand_deliveries_of_one_push_over_three_processes_run_the_handler_once()
    {
        await using var fleet = await Fleet.StartAsync(RedisTestServer.Address, RedisTestServer.UniquePrefix("push"), apps: 1);
        var push = fleet.Youzan.CardPush("alias" + Guid.NewGuid().ToString("N")[..8], "CARD_CREATED", DateTimeOffset.UtcNow);
        var body = Convert.ToBase64String(push.Body.Span);

        var answers = await fleet.AllAsync((_, i, start) => $"youzan {start} {(i == 0 ? 334 : 333)} {body} {push.EventSign ?? "-"}");
        var stats = await fleet.AllAsync((_, _, _) => "stats");

        Assert.Equal(1, Fleet.Sum(stats, "runs"));
        Assert.Equal(1, Fleet.Sum(answers, "Handled"));
        Assert.Equal(999, Fleet.Sum(answers, "Duplicate") + Fleet.Sum(answers, "InProgress"));
        Assert.Equal(0, Fleet.Sum(answers, "errors") + Fleet.Sum(answers, "retry"));
    }

    [Fact]
    public async Task A_handler_that_throws_on_the_first_delivery_runs_once_on_the_retries()
    {
        await using var fleet = await Fleet.StartAsync(RedisTestServer.Address, RedisTestServer.UniquePrefix("throw"), apps: 1);
        var push = fleet.Youzan.CardPush("alias" + Guid.NewGuid().ToString("N")[..8], "CARD_CREATED", DateTimeOffset.UtcNow);
        var body = Convert.ToBase64String(push.Body.Span);
        var first = fleet.Instances[0];
        await first.SendAsync("fail-next");

        var failed = await first.SendAsync($"youzan 0 1 {body} {push.EventSign ?? "-"}");
        Assert.Equal("1", failed["error:InvalidOperationException"]);

        var retries = await fleet.AllAsync((_, _, start) => $"youzan {start} 100 {body} {push.EventSign ?? "-"}");
        var stats = await fleet.AllAsync((_, _, _) => "stats");

        Assert.Equal(1, Fleet.Sum(retries, "Handled"));
        Assert.Equal((1, 1), (Fleet.Sum(stats, "runs"), Fleet.Sum(stats, "throws")));
        Assert.Equal(0, Fleet.Sum(retries, "errors") + Fleet.Sum(retries, "retry"));
    }

    [Fact]
    public async Task Redis_killed_mid_run_answers_retry_keeps_tokens_working_and_resumes_when_it_is_back()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        await using var fleet = await Fleet.StartAsync(redis.Address, "mctest:kill:", apps: 3);
        var (warm, cold, later) = (fleet.Apps[0], fleet.Apps[1], fleet.Apps[2]);
        await fleet.AllAsync((_, _, start) => $"tokens {start} {warm} 50");
        var before = Fleet.Sum(await fleet.AllAsync((_, _, _) => "stats"), "runs");
        var push = fleet.Youzan.CardPush("alias" + Guid.NewGuid().ToString("N")[..8], "CARD_CREATED", DateTimeOffset.UtcNow);
        var body = Convert.ToBase64String(push.Body.Span);

        await redis.KillAsync();

        // Inbound: every delivery is answered "retry" (a typed exception, quickly), none runs the handler.
        var elapsed = Stopwatch.StartNew();
        var during = await fleet.AllAsync((_, _, start) => $"youzan {start} 50 {body} {push.EventSign ?? "-"}");
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(30), $"the deliveries took {elapsed.Elapsed} with Redis down");
        Assert.Equal(150, Fleet.Sum(during, "retry"));
        Assert.Equal(before, Fleet.Sum(await fleet.AllAsync((_, _, _) => "stats"), "runs"));

        // Tokens: the warm one from the local copy, a cold one through the per-process fallback (one request per process).
        var warmTokens = await fleet.AllAsync((_, _, start) => $"tokens {start} {warm} 50");
        var coldTokens = await fleet.AllAsync((_, _, start) => $"tokens {start} {cold} 100");
        Assert.All(warmTokens.Concat(coldTokens), a => Assert.Equal(("1", "0"), (a["distinct"], a["errors"])));
        Assert.Equal(3, fleet.WeChat.TokenRequestCount(cold));
        Assert.All(await fleet.AllAsync((_, _, _) => "stats"), s => Assert.Equal("1", s["fallback"]));

        // Redis back (empty: persistence is off): the same processes, no restart, fleet behaviour again.
        await redis.RestartAsync();
        await WaitUntilEveryInstanceReachesRedisAsync(fleet);
        var after = await fleet.AllAsync((_, i, start) => $"youzan {start} {(i == 0 ? 34 : 33)} {body} {push.EventSign ?? "-"}");
        Assert.Equal(1, Fleet.Sum(after, "Handled"));
        Assert.Equal(before + 1, Fleet.Sum(await fleet.AllAsync((_, _, _) => "stats"), "runs"));
        var resumed = await fleet.AllAsync((_, _, start) => $"tokens {start} {later} 100");
        Assert.All(resumed, a => Assert.Equal(("1", "0"), (a["distinct"], a["errors"])));
        Assert.Single(resumed.Select(a => a["digest"]).Distinct());
        Assert.Equal(1, fleet.WeChat.TokenRequestCount(later));
    }

    private static async Task WaitUntilEveryInstanceReachesRedisAsync(Fleet fleet)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var probes = await fleet.AllAsync((_, _, _) => "probe");
            if (probes.All(p => p["redis"] == "up"))
            {
                return;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the fleet did not reconnect to Redis within 30 s\n" + fleet.Errors);
            await Task.Delay(200);
        }
    }
}
