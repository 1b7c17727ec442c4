using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.Core.Tests.Unit;

/// <summary>
/// The names a registration source does not know, remembered for a while (issue 23, hardened for <c>{registration}</c>
/// routes, where any caller chooses the name): never more than the cap, the expired ones swept as new ones arrive, the
/// oldest forgotten first. Reached by reflection, as the internal type it is (like <see cref="OptionsFactoryTests"/>).
/// </summary>
public sealed class UnknownNamesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    [Fact]
    public void Thousands_of_distinct_names_leave_at_most_the_cap_and_the_newest_are_the_ones_kept()
    {
        var time = new FakeTimeProvider(Start);
        var unknown = new UnknownNames(time);
        var most = 0;

        for (var i = 0; i < 20_000; i++)
        {
            unknown.Add($"scan-{i}", time.GetUtcNow() + Expiry, 1_000);
            most = Math.Max(most, unknown.Count);
        }

        Assert.Equal(1_000, most);
        Assert.Equal(1_000, unknown.Count);
        Assert.Equal(Enumerable.Range(19_000, 1_000), Enumerable.Range(0, 20_000).Where(i => unknown.Contains($"scan-{i}")));
    }

    [Fact]
    public void Expired_names_are_swept_when_the_next_name_arrives_even_far_below_the_cap()
    {
        var time = new FakeTimeProvider(Start);
        var unknown = new UnknownNames(time);
        for (var i = 0; i < 5_000; i++)
        {
            unknown.Add($"scan-{i}", time.GetUtcNow() + Expiry, 10_000);
        }

        time.Advance(Expiry - TimeSpan.FromTicks(1));
        Assert.True(unknown.Contains("scan-0"));
        time.Advance(TimeSpan.FromTicks(1));
        Assert.False(unknown.Contains("scan-0"));
        Assert.Equal(5_000, unknown.Count);

        unknown.Add("late", time.GetUtcNow() + Expiry, 10_000);

        Assert.Equal(1, unknown.Count);
        Assert.True(unknown.Contains("late"));
    }

    [Fact]
    public void A_name_answered_again_after_its_expiry_is_one_entry_and_its_old_place_in_line_does_not_evict_it()
    {
        var time = new FakeTimeProvider(Start);
        var unknown = new UnknownNames(time);
        unknown.Add("again", time.GetUtcNow() + Expiry, 2);
        unknown.Add("other", time.GetUtcNow() + Expiry, 2);
        time.Advance(Expiry);

        unknown.Add("again", time.GetUtcNow() + Expiry, 2);
        Assert.Equal(1, unknown.Count);
        unknown.Add("third", time.GetUtcNow() + Expiry, 2);

        Assert.Equal(2, unknown.Count);
        Assert.True(unknown.Contains("again"));
        Assert.True(unknown.Contains("third"));
        Assert.False(unknown.Contains("other"));
    }

    [Fact]
    public void Removed_names_are_asked_again_and_make_room_for_new_ones_without_evicting_them()
    {
        var time = new FakeTimeProvider(Start);
        var unknown = new UnknownNames(time);
        for (var i = 0; i < 100; i++)
        {
            unknown.Add($"old-{i}", time.GetUtcNow() + Expiry, 100);
        }

        for (var i = 0; i < 100; i++)
        {
            unknown.Remove($"old-{i}");
        }

        Assert.Equal(0, unknown.Count);
        for (var i = 0; i < 100; i++)
        {
            unknown.Add($"new-{i}", time.GetUtcNow() + Expiry, 100);
        }

        Assert.Equal(100, unknown.Count);
        Assert.All(Enumerable.Range(0, 100), i => Assert.True(unknown.Contains($"new-{i}")));
        Assert.False(unknown.Contains("old-0"));

        unknown.Clear();
        Assert.Equal(0, unknown.Count);
        Assert.False(unknown.Contains("new-99"));
    }

    /// <summary>Calls the SDK's internal <c>MemberCardsUnknownNames</c>.</summary>
    private sealed class UnknownNames(TimeProvider time)
    {
        private static readonly Type Type = typeof(MemberCardsRegistrations).Assembly.GetType("MemberCards.Sdk.MemberCardsUnknownNames", throwOnError: true)!;

        private readonly object target = Activator.CreateInstance(Type, time)!;

        public int Count => (int)Type.GetProperty(nameof(Count))!.GetValue(target)!;

        public bool Contains(string name) => (bool)Type.GetMethod(nameof(Contains))!.Invoke(target, [name])!;

        public void Add(string name, DateTimeOffset expiresAt, int capacity) => Type.GetMethod(nameof(Add))!.Invoke(target, [name, expiresAt, capacity]);

        public void Remove(string name) => Type.GetMethod(nameof(Remove))!.Invoke(target, [name]);

        public void Clear() => Type.GetMethod(nameof(Clear))!.Invoke(target, []);
    }
}
