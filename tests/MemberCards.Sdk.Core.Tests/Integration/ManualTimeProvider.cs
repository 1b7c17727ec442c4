namespace MemberCards.Sdk.Core.Tests.Integration;

/// <summary>A clock the test moves by hand (no FakeTimeProvider package is available here).</summary>
/// <param name="start">The starting time.</param>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Moves the clock forward.</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by) => now += by;
}
