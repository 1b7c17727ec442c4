using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MemberCards.Sdk.Redis.Tests.Support;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>Redis down or silent: a typed exception within the configured bound, never a hang; back again without a restart.</summary>
public sealed class RedisFailureTests
{
    [Fact]
    public async Task With_redis_killed_a_claim_throws_the_coordination_exception_quickly_and_works_again_when_it_is_back()
    {
        await using var server = await PrivateRedisServer.StartAsync();
        await using var redis = await RedisStores.StartAsync(server.Address);
        var before = await redis.Claims.TryClaimAsync("k", TimeSpan.FromMinutes(1));
        await server.KillAsync();

        var watch = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<MemberCardsCoordinationException>(async () => await redis.Claims.TryClaimAsync("other", TimeSpan.FromMinutes(1)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the claim took {watch.Elapsed}");
        Assert.Equal(("Redis", "claim"), (failure.Service, failure.Operation));
        Assert.Equal(redis.Prefix + "claim:other", failure.Key);
        await Assert.ThrowsAsync<MemberCardsCoordinationException>(async () => await redis.Locks.TryAcquireAsync("job", TimeSpan.FromSeconds(5)));

        // Finishing a claim after the handlers ran never throws: it is logged, the claim expires on its own.
        await redis.Claims.CompleteAsync(before, TimeSpan.FromHours(1));
        await redis.Claims.ReleaseAsync(before);
        Assert.False(await redis.Locks.ReleaseAsync(new MemberCardsLock("job", "owner", DateTimeOffset.UtcNow)));

        await server.RestartAsync();
        var claimed = await EventuallyAsync(async () => await redis.Claims.TryClaimAsync("other", TimeSpan.FromMinutes(1)));
        Assert.Equal(MessageClaimStatus.Claimed, claimed.Status);
    }

    [Fact]
    public async Task A_redis_that_accepts_connections_but_never_answers_fails_within_the_timeouts()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<Socket>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await silent.AcceptSocketAsync());
            }
        });
        await using var redis = await RedisStores.StartAsync($"127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}", operationTimeout: TimeSpan.FromMilliseconds(500));

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<MemberCardsCoordinationException>(async () => await redis.Claims.TryClaimAsync("k", TimeSpan.FromMinutes(1)));
        await Assert.ThrowsAsync<MemberCardsCoordinationException>(async () => await redis.Cache.GetAsync("k"));

        // Connect timeout (1 s) plus the operation timeout (0.5 s), with slack for a loaded machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"took {watch.Elapsed}");
        silent.Stop();
        accepted.ForEach(s => s.Dispose());
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> attempt)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await attempt();
            }
            catch (MemberCardsCoordinationException) when (watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(200);
            }
        }
    }
}
