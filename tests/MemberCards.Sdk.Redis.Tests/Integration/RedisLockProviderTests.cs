using MemberCards.Sdk.Redis.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>The fleet lock on a real Redis, and the in-process default's same contract.</summary>
public sealed class RedisLockProviderTests
{
    [Fact]
    public async Task Of_100_concurrent_attempts_one_holds_the_lock_with_a_random_owner_and_the_ttl()
    {
        await using var redis = await RedisStores.StartAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(async () => await redis.Locks.TryAcquireAsync("wechat:token:classic:wx1", TimeSpan.FromSeconds(10)))));

        var held = Assert.Single(attempts, a => a is not null)!;
        var key = redis.Prefix + "lock:wechat:token:classic:wx1";
        Assert.Equal(held.OwnerToken, (string?)await redis.Database.StringGetAsync(key));
        Assert.InRange((await redis.Database.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Only_the_owner_releases_the_lock()
    {
        await using var redis = await RedisStores.StartAsync();
        var held = (await redis.Locks.TryAcquireAsync("job", TimeSpan.FromSeconds(10)))!;

        Assert.False(await redis.Locks.ReleaseAsync(new MemberCardsLock("job", "someone-else", held.ExpiresAt)));
        Assert.Null(await redis.Locks.TryAcquireAsync("job", TimeSpan.FromSeconds(10)));
        Assert.True(await redis.Locks.ReleaseAsync(held));
        Assert.NotNull(await redis.Locks.TryAcquireAsync("job", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_lock_expires_after_its_ttl_and_the_late_release_of_the_first_owner_leaves_the_second_alone()
    {
        await using var redis = await RedisStores.StartAsync();
        var first = (await redis.Locks.TryAcquireAsync("job", TimeSpan.FromMilliseconds(200)))!;
        await Task.Delay(400);

        var second = await redis.Locks.TryAcquireAsync("job", TimeSpan.FromSeconds(10));

        Assert.NotNull(second);
        Assert.False(await redis.Locks.ReleaseAsync(first));
        Assert.Equal(second!.OwnerToken, (string?)await redis.Database.StringGetAsync(redis.Prefix + "lock:job"));
    }

    [Fact]
    public async Task The_in_process_default_follows_the_same_contract_on_its_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var locks = new InMemoryMemberCardsLockProvider(clock);
        var first = (await locks.TryAcquireAsync("job", TimeSpan.FromSeconds(10)))!;

        Assert.Null(await locks.TryAcquireAsync("job", TimeSpan.FromSeconds(10)));
        Assert.False(await locks.ReleaseAsync(new MemberCardsLock("job", "someone-else", first.ExpiresAt)));
        clock.Advance(TimeSpan.FromSeconds(10));
        var second = await locks.TryAcquireAsync("job", TimeSpan.FromSeconds(10));
        Assert.NotNull(second);
        Assert.False(await locks.ReleaseAsync(first));
        Assert.True(await locks.ReleaseAsync(second!));
        Assert.NotNull(await locks.TryAcquireAsync("job", TimeSpan.FromSeconds(10)));
    }
}
