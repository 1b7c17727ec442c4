using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.Core.Tests.Integration;

public sealed class DeduplicationStoreTests
{
    private static readonly TimeSpan Processing = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_claimed_key_is_processed_only_after_it_is_completed()
    {
        var store = new InMemoryMessageDeduplicationStore(new FakeTimeProvider(DateTimeOffset.UnixEpoch));
        var claim = await store.TryClaimAsync("wechatpay:evt-1", Processing);
        Assert.Equal(MessageClaimStatus.Claimed, claim.Status);
        Assert.Equal(MessageClaimStatus.InProgress, (await store.TryClaimAsync("wechatpay:evt-1", Processing)).Status);
        await store.CompleteAsync(claim, TimeSpan.FromDays(1));
        Assert.Equal(MessageClaimStatus.Processed, (await store.TryClaimAsync("wechatpay:evt-1", Processing)).Status);
        Assert.Equal(MessageClaimStatus.Claimed, (await store.TryClaimAsync("wechatpay:evt-2", Processing)).Status);
    }

    [Fact]
    public async Task A_completed_key_expires_after_its_retention()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var store = new InMemoryMessageDeduplicationStore(clock);
        await store.CompleteAsync(await store.TryClaimAsync("youzan:msg-9", Processing), TimeSpan.FromMinutes(10));
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(MessageClaimStatus.Processed, (await store.TryClaimAsync("youzan:msg-9", Processing)).Status);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(MessageClaimStatus.Claimed, (await store.TryClaimAsync("youzan:msg-9", Processing)).Status);
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again_and_an_abandoned_one_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var store = new InMemoryMessageDeduplicationStore(clock);
        await store.ReleaseAsync(await store.TryClaimAsync("iot:1", Processing));
        var abandoned = await store.TryClaimAsync("iot:1", Processing);
        Assert.Equal(MessageClaimStatus.Claimed, abandoned.Status);
        clock.Advance(Processing);
        var retry = await store.TryClaimAsync("iot:1", Processing);
        Assert.Equal(MessageClaimStatus.Claimed, retry.Status);

        // The first owner's late release or completion does not touch the new owner's claim.
        await store.ReleaseAsync(abandoned);
        await store.CompleteAsync(abandoned, TimeSpan.FromDays(1));
        Assert.Equal(MessageClaimStatus.InProgress, (await store.TryClaimAsync("iot:1", Processing)).Status);
    }

    [Fact]
    public async Task Of_a_thousand_concurrent_claims_of_one_key_exactly_one_wins()
    {
        var store = new InMemoryMessageDeduplicationStore(TimeProvider.System);
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return (await store.TryClaimAsync("youzan:msg-1", Processing)).Status;
        })).ToArray();
        start.Set();
        var statuses = await Task.WhenAll(tasks);
        Assert.Equal(1, statuses.Count(s => s == MessageClaimStatus.Claimed));
        Assert.Equal(999, statuses.Count(s => s == MessageClaimStatus.InProgress));
    }

    [Fact]
    public async Task AddMemberCards_registers_the_in_memory_store_on_the_registered_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddMemberCards();
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IMessageDeduplicationStore>();
        var claim = await store.TryClaimAsync("iot:1", Processing);
        clock.Advance(Processing);
        Assert.Equal(MessageClaimStatus.Claimed, (await store.TryClaimAsync("iot:1", Processing)).Status);
        Assert.Equal(MessageClaimStatus.Claimed, claim.Status);
    }

    [Fact]
    public async Task Bad_arguments_are_argument_errors()
    {
        var store = new InMemoryMessageDeduplicationStore(TimeProvider.System);
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.TryClaimAsync(string.Empty, Processing));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.TryClaimAsync(null!, Processing));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.TryClaimAsync("k", TimeSpan.Zero));
        var claim = await store.TryClaimAsync("k", Processing);
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.CompleteAsync(claim, TimeSpan.Zero));
        var lost = await store.TryClaimAsync("k", Processing);
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.CompleteAsync(lost, TimeSpan.FromMinutes(1)));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.ReleaseAsync(lost));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.ReleaseAsync(null!));
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_claim()
    {
        var store = new InMemoryMessageDeduplicationStore(TimeProvider.System);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.TryClaimAsync("k", Processing, cancelled.Token));
        Assert.Equal(MessageClaimStatus.Claimed, (await store.TryClaimAsync("k", Processing)).Status);
    }
}
