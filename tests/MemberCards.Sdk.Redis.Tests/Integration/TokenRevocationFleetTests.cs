using System.Globalization;
using MemberCards.Sdk.Redis.Tests.Support;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>
/// Issue 19 item 5: a revoked stable token, with three separate OS processes that do not share a token (no Redis,
/// or Redis killed mid-run), costs each process one normal <c>stable_token</c> call: never a <c>force_refresh</c>,
/// which would invalidate the token the other processes just fetched, and no failed call.
/// </summary>
/// <remarks>
/// Before the measured revocation the processes go through an earlier one, so that each holds a token it (or the
/// fleet) renewed after a rejection: the state of a long-running service, in which the rejected token is the one
/// the process last renewed.
/// </remarks>
[Collection(FleetCollection.Name)]
public sealed class TokenRevocationFleetTests
{
    /// <summary>How long every process keeps calling (the revocation comes half-way).</summary>
    private static readonly TimeSpan RunLength = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Without_redis_one_revocation_costs_each_process_one_normal_fetch_and_no_failed_call()
    {
        await using var fleet = await Fleet.StartAsync(Fleet.NoRedis, "mctest:revoke-alone:", apps: 1, stableTokens: true);
        await RenewOnceAsync(fleet);

        await AssertOneRevocationCostsOneNormalFetchPerProcessAsync(fleet, midRun: null);
    }

    [Fact]
    public async Task With_redis_killed_mid_run_one_revocation_costs_each_process_one_normal_fetch_and_no_failed_call()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        await using var fleet = await Fleet.StartAsync(redis.Address, "mctest:revoke-kill:", apps: 1, stableTokens: true);
        await RenewOnceAsync(fleet);

        await AssertOneRevocationCostsOneNormalFetchPerProcessAsync(fleet, midRun: redis.KillAsync);
    }

    /// <summary>Every process gets the token, WeChat revokes it once and every process renews it (one call each after the revocation).</summary>
    private static async Task RenewOnceAsync(Fleet fleet)
    {
        var app = fleet.Apps[0];
        await fleet.AllAsync((_, _, start) => $"tokens {start} {app} 10");
        fleet.WeChat.RevokeTokens(app);
        var renewed = await fleet.AllAsync((_, _, start) => $"calls {start} {app} 20");
        Assert.All(renewed, a => Assert.Equal(("0", "0"), (a["errors"], a["retry"])));
        Assert.Equal(0, fleet.WeChat.ForcedRefreshes);
    }

    /// <summary>
    /// Card calls run in every process for <see cref="RunLength"/>; a quarter of the way in <paramref name="midRun"/>
    /// happens (Redis killed), half-way WeChat revokes the token once. Then: one normal fetch per process, none
    /// forced, no failed call.
    /// </summary>
    private static async Task AssertOneRevocationCostsOneNormalFetchPerProcessAsync(Fleet fleet, Func<Task>? midRun)
    {
        var app = fleet.Apps[0];
        var before = await fleet.AllAsync((_, _, _) => "stats");
        var forcedBefore = fleet.WeChat.ForcedRefreshes;
        var end = DateTimeOffset.UtcNow.AddMilliseconds(300) + RunLength;
        var calls = fleet.AllAsync((_, _, start) => $"calls-until {start} {app} {end.ToUnixTimeMilliseconds()} 8");
        await Task.Delay(RunLength / 4);
        if (midRun is not null)
        {
            await midRun();
        }

        await WaitUntilAsync(end - (RunLength / 2));
        fleet.WeChat.RevokeTokens(app);
        var revokedAt = DateTimeOffset.UtcNow;
        var answers = await calls;
        var after = await fleet.AllAsync((_, _, _) => "stats");

        var report = string.Join("; ", answers.Select((a, i) => $"{fleet.Instances[i].Name}: {string.Join(' ', a.Select(p => $"{p.Key}={p.Value}"))}, fetched {Delta(before[i], after[i], "fetched")} (forced {Delta(before[i], after[i], "forced")})"));
        Assert.True(end - revokedAt > RunLength / 4, $"the revocation came too late ({(end - revokedAt).TotalMilliseconds:F0} ms before the end of the calls): {report}");
        Assert.True(answers.All(a => !a.Keys.Any(k => k is "40001" or "40014" or "42001") && a["errors"] == "0" && a["retry"] == "0"), $"calls failed: {report}\n{fleet.Errors}");
        Assert.True(fleet.WeChat.ForcedRefreshes == forcedBefore, $"WeChat answered {fleet.WeChat.ForcedRefreshes - forcedBefore} force_refresh calls: {report}\n{fleet.Errors}");
        Assert.True(Enumerable.Range(0, before.Length).All(i => (Delta(before[i], after[i], "fetched"), Delta(before[i], after[i], "forced")) == (1, 0)), $"expected one normal fetch per process: {report}");
    }

    private static async Task WaitUntilAsync(DateTimeOffset moment)
    {
        var wait = moment - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private static int Delta(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, string key)
        => int.Parse(after[key], CultureInfo.InvariantCulture) - int.Parse(before[key], CultureInfo.InvariantCulture);
}
