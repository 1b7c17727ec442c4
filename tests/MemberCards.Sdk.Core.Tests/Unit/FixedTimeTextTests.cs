using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class FixedTimeTextTests
{
    [Theory]
    [InlineData("abc", "abc", false, true)]
    [InlineData("abc", "ABC", false, false)]
    [InlineData("abc", "ABC", true, true)]
    [InlineData("abc", "abd", false, false)]
    [InlineData("abc", "abcd", false, false)]
    [InlineData("", "", false, true)]
    [InlineData("会员", "会员", false, true)]
    [InlineData(null, "abc", false, false)]
    [InlineData("abc", null, false, false)]
    [InlineData(null, null, false, false)]
    public void Equals_compares_exact_text(string? expected, string? actual, bool ignoreCase, bool result)
        => Assert.Equal(result, FixedTimeText.Equals(expected, actual, ignoreCase));

    [Fact]
    public void Equals_refuses_oversized_input_instead_of_overflowing_the_stack()
    {
        var huge = new string('a', 100_000);
        Assert.False(FixedTimeText.Equals(huge, huge));
    }
}
