using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Core.Tests.Integration;

public sealed class DeduplicationStoreTests
{
    [Fact]
    public async Task A_key_is_processed_only_after_it_is_marked()
    {
        var store = CreateStore(new ManualTimeProvider(DateTimeOffset.UnixEpoch));
        Assert.False(await store.HasProcessedAsync("wechatpay:evt-1"));
        await store.MarkProcessedAsync("wechatpay:evt-1", TimeSpan.FromDays(1));
        Assert.True(await store.HasProcessedAsync("wechatpay:evt-1"));
        Assert.False(await store.HasProcessedAsync("wechatpay:evt-2"));
    }

    [Fact]
    public async Task A_mark_expires_after_its_retention()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var store = CreateStore(clock);
        await store.MarkProcessedAsync("youzan:msg-9", TimeSpan.FromMinutes(10));
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.True(await store.HasProcessedAsync("youzan:msg-9"));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await store.HasProcessedAsync("youzan:msg-9"));
    }

    [Fact]
    public async Task The_registered_store_is_shared_through_the_distributed_cache()
    {
        var services = new ServiceCollection();
        services.AddMemberCards();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IMessageDeduplicationStore>().MarkProcessedAsync("iot:1", TimeSpan.FromHours(1));
        Assert.NotNull(await provider.GetRequiredService<IDistributedCache>().GetAsync("membercards:dedup:iot:1"));
        Assert.True(await provider.GetRequiredService<IMessageDeduplicationStore>().HasProcessedAsync("iot:1"));
    }

    [Fact]
    public async Task Bad_arguments_are_argument_errors()
    {
        var store = CreateStore(TimeProvider.System);
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.HasProcessedAsync(string.Empty));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.HasProcessedAsync(null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.MarkProcessedAsync("k", TimeSpan.Zero));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.MarkProcessedAsync(string.Empty, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_look_up()
    {
        var store = CreateStore(TimeProvider.System);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.HasProcessedAsync("k", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.MarkProcessedAsync("k", TimeSpan.FromMinutes(1), cancelled.Token));
        Assert.False(await store.HasProcessedAsync("k"));
    }

    private static DistributedCacheDeduplicationStore CreateStore(TimeProvider clock)
        => new(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions { Clock = new ClockAdapter(clock) })));

    private sealed class ClockAdapter(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
}
