using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Redis.Tests.Unit;

/// <summary>What <c>UseRedis</c> registers (no server needed: the connection is opened on first use).</summary>
public sealed class UseRedisRegistrationTests
{
    [Fact]
    public void AddMemberCards_registers_the_in_process_lock_and_UseRedis_replaces_the_claims_the_lock_and_the_default_cache()
    {
        var plain = new ServiceCollection();
        plain.AddMemberCards();
        using (var provider = plain.BuildServiceProvider())
        {
            Assert.IsType<InMemoryMemberCardsLockProvider>(provider.GetRequiredService<IMemberCardsLockProvider>());
        }

        var services = new ServiceCollection();
        services.AddMemberCards().UseRedis("127.0.0.1:1");
        using var redis = services.BuildServiceProvider();

        Assert.Equal("RedisMessageDeduplicationStore", redis.GetRequiredService<IMessageDeduplicationStore>().GetType().Name);
        Assert.Equal("RedisLockProvider", redis.GetRequiredService<IMemberCardsLockProvider>().GetType().Name);
        Assert.Equal("RedisDistributedCache", redis.GetRequiredService<IDistributedCache>().GetType().Name);
        Assert.Single(services, d => d.ServiceType == typeof(IMessageDeduplicationStore));
        Assert.Single(services, d => d.ServiceType == typeof(IMemberCardsLockProvider));
    }

    [Fact]
    public void A_distributed_cache_the_host_registered_is_kept_and_so_is_the_default_when_sharing_is_off()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDistributedCache>(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        services.AddMemberCards().UseRedis("127.0.0.1:1");
        using (var provider = services.BuildServiceProvider())
        {
            Assert.IsType<MemoryDistributedCache>(provider.GetRequiredService<IDistributedCache>());
        }

        var off = new ServiceCollection();
        off.AddMemberCards().UseRedis("127.0.0.1:1", o => o.ShareDistributedCache = false);
        using var offProvider = off.BuildServiceProvider();
        Assert.IsType<MemoryDistributedCache>(offProvider.GetRequiredService<IDistributedCache>());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_configuration_string_is_refused(string configuration)
        => Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddMemberCards().UseRedis(configuration));

    [Fact]
    public void An_empty_prefix_or_a_non_positive_timeout_is_refused_naming_the_setting()
    {
        var prefix = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMemberCards().UseRedis("127.0.0.1:1", o => o.KeyPrefix = string.Empty));
        Assert.Contains("MemberCards:Redis:KeyPrefix", prefix.Message, StringComparison.Ordinal);
        var timeout = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMemberCards().UseRedis("127.0.0.1:1", o => o.OperationTimeout = TimeSpan.Zero));
        Assert.Contains("MemberCards:Redis:OperationTimeout", timeout.Message, StringComparison.Ordinal);
    }
}
