using MemberCards.Sdk.Redis.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>The shared cache (where access tokens and platform certificates are shared) on a real Redis.</summary>
public sealed class RedisDistributedCacheTests
{
    [Fact]
    public async Task A_value_is_stored_under_the_prefix_with_its_absolute_expiry_and_removed()
    {
        await using var redis = await RedisStores.StartAsync();
        byte[] value = [1, 2, 3, 0, 255];

        await redis.Cache.SetAsync("membercards:wechat:token:classic:wx1", value, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });

        var key = redis.Prefix + "cache:membercards:wechat:token:classic:wx1";
        Assert.Equal(value, await redis.Cache.GetAsync("membercards:wechat:token:classic:wx1"));
        Assert.Equal(value, (byte[]?)await redis.Database.HashGetAsync(key, "data"));
        Assert.InRange((await redis.Database.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        await redis.Cache.RemoveAsync("membercards:wechat:token:classic:wx1");
        Assert.Null(await redis.Cache.GetAsync("membercards:wechat:token:classic:wx1"));
    }

    [Fact]
    public async Task A_value_expires_after_its_absolute_expiry()
    {
        await using var redis = await RedisStores.StartAsync();
        await redis.Cache.SetAsync("k", [7], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(200) });

        await Task.Delay(400);

        Assert.Null(await redis.Cache.GetAsync("k"));
    }

    [Fact]
    public async Task A_sliding_entry_is_kept_alive_by_reads_but_never_past_its_absolute_expiry()
    {
        await using var redis = await RedisStores.StartAsync();
        await redis.Cache.SetAsync("k", [7], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(5), AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        var key = redis.Prefix + "cache:k";

        Assert.InRange((await redis.Database.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(55), TimeSpan.FromMinutes(1));
        await redis.Database.KeyExpireAsync(key, TimeSpan.FromSeconds(5));
        await redis.Cache.RefreshAsync("k");

        Assert.InRange((await redis.Database.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(55), TimeSpan.FromMinutes(1));
        Assert.Equal([7], await redis.Cache.GetAsync("k"));
    }
}
