using MemberCards.Sdk.Redis.Tests.Support;

namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>The claim store on a real Redis: the wire layout and the states of one message key.</summary>
public sealed class RedisClaimStoreTests
{
    [Fact]
    public async Task Of_200_concurrent_claims_of_one_key_exactly_one_is_claimed()
    {
        await using var redis = await RedisStores.StartAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () => await redis.Claims.TryClaimAsync("youzan:msg:1", TimeSpan.FromMinutes(1)))));

        Assert.Single(claims, c => c.Status == MessageClaimStatus.Claimed);
        Assert.Equal(199, claims.Count(c => c.Status == MessageClaimStatus.InProgress));
    }

    [Fact]
    public async Task A_claim_is_a_processing_key_with_the_owner_and_the_processing_ttl_and_completes_to_done_with_the_retention()
    {
        await using var redis = await RedisStores.StartAsync();
        var key = redis.Prefix + "claim:youzan:msg:2";

        var claim = await redis.Claims.TryClaimAsync("youzan:msg:2", TimeSpan.FromSeconds(30));

        Assert.Equal("p:" + claim.OwnerToken, (string?)await redis.Database.StringGetAsync(key));
        Assert.Equal(32, claim.OwnerToken.Length);
        Assert.InRange((await redis.Database.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30));

        await redis.Claims.CompleteAsync(claim, TimeSpan.FromHours(2));

        Assert.Equal("d:" + claim.OwnerToken, (string?)await redis.Database.StringGetAsync(key));
        Assert.InRange((await redis.Database.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromMinutes(119), TimeSpan.FromHours(2));
        Assert.Equal(MessageClaimStatus.Processed, (await redis.Claims.TryClaimAsync("youzan:msg:2", TimeSpan.FromSeconds(30))).Status);
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again()
    {
        await using var redis = await RedisStores.StartAsync();
        var first = await redis.Claims.TryClaimAsync("k", TimeSpan.FromMinutes(1));

        await redis.Claims.ReleaseAsync(first);

        Assert.False(await redis.Database.KeyExistsAsync(redis.Prefix + "claim:k"));
        Assert.Equal(MessageClaimStatus.Claimed, (await redis.Claims.TryClaimAsync("k", TimeSpan.FromMinutes(1))).Status);
    }

    [Fact]
    public async Task Only_the_owner_completes_or_releases_a_claim()
    {
        await using var redis = await RedisStores.StartAsync();
        var mine = await redis.Claims.TryClaimAsync("k", TimeSpan.FromMinutes(1));
        var forged = new MessageClaim("k", MessageClaimStatus.Claimed, "0123456789abcdef0123456789abcdef");

        await redis.Claims.ReleaseAsync(forged);
        await redis.Claims.CompleteAsync(forged, TimeSpan.FromHours(1));

        Assert.Equal("p:" + mine.OwnerToken, (string?)await redis.Database.StringGetAsync(redis.Prefix + "claim:k"));
    }

    [Fact]
    public async Task A_claim_whose_owner_crashed_expires_after_the_processing_timeout_and_the_retry_is_claimed()
    {
        await using var redis = await RedisStores.StartAsync();
        var crashed = await redis.Claims.TryClaimAsync("k", TimeSpan.FromMilliseconds(300));
        Assert.Equal(MessageClaimStatus.InProgress, (await redis.Claims.TryClaimAsync("k", TimeSpan.FromSeconds(5))).Status);

        await Task.Delay(600);
        var retry = await redis.Claims.TryClaimAsync("k", TimeSpan.FromSeconds(5));

        Assert.Equal(MessageClaimStatus.Claimed, retry.Status);

        // The crashed owner's late completion does not overwrite the new owner's claim.
        await redis.Claims.CompleteAsync(crashed, TimeSpan.FromHours(1));
        Assert.Equal("p:" + retry.OwnerToken, (string?)await redis.Database.StringGetAsync(redis.Prefix + "claim:k"));
    }
}
