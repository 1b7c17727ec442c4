namespace MemberCards.Sdk.Redis.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void The_assembly_loads() => Assert.NotNull(typeof(PlaceholderTests).Assembly);
}
