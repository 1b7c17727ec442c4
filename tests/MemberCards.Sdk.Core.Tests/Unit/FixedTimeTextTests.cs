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
    [InlineData("@[", "`{", true, false)]
    [InlineData("AZ", "az", true, true)]
    [InlineData("0F9E", "0f9e", true, true)]
    [InlineData("", "", false, true)]
    [InlineData("会员", "会员", false, true)]
    [InlineData(null, "abc", false, false)]
    [InlineData("abc", null, false, false)]
    [InlineData(null, null, false, false)]
    public void Equals_compares_exact_text(string? expected, string? actual, bool ignoreCase, bool result)
        => Assert.Equal(result, FixedTimeText.Equals(expected, actual, ignoreCase));

    [Fact]
    public void Equals_handles_large_input_without_stack_buffers()
    {
        var huge = new string('a', 100_000);
        Assert.True(FixedTimeText.Equals(huge, new string('a', 100_000)));
        Assert.False(FixedTimeText.Equals(huge, new string('a', 99_999) + "b"));
    }
}
