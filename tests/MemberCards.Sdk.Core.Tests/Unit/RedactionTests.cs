namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb", "***")]
    [InlineData("x", "***")]
    [InlineData("", "(empty)")]
    [InlineData(null, "(empty)")]
    public void Secret_shows_only_whether_it_is_set(string? value, string expected)
        => Assert.Equal(expected, Redaction.Secret(value));

    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("+8613800138000", "+86****8000")]
    [InlineData("1234567", "*******")]
    [InlineData("", "(empty)")]
    [InlineData(null, "(empty)")]
    public void Phone_keeps_the_first_three_and_last_four(string? value, string expected)
        => Assert.Equal(expected, Redaction.Phone(value));

    [Theory]
    [InlineData("110101199003074518", "****4518")]
    [InlineData("1234", "****")]
    [InlineData("12", "**")]
    [InlineData("", "(empty)")]
    [InlineData(null, "(empty)")]
    public void IdNumber_keeps_the_last_four(string? value, string expected)
        => Assert.Equal(expected, Redaction.IdNumber(value));

    [Theory]
    [InlineData("/etc/membercards/apiclient_key.pem", "'/etc/membercards/apiclient_key.pem'")]
    [InlineData(@"C:\keys\apiclient_key.pem", @"'C:\keys\apiclient_key.pem'")]
    [InlineData("-----BEGIN PRIVATE KEY-----", "(a value that looks like key text, not a path; not shown)")]
    [InlineData("MIIEvAIBADANBgkqhkiG9w0BAQEFAASC\nBKYwggSiAgEAAoIBAQCm2mb6q8gMKH", "(a value that looks like key text, not a path; not shown)")]
    [InlineData("MIIEvAIBADANBgkqhkiG9w0BAQEFAASC\rBKYwggSiAgEAAoIBAQCm2mb6q8gMKH", "(a value that looks like key text, not a path; not shown)")]
    [InlineData("", "(empty)")]
    [InlineData(null, "(empty)")]
    public void FilePath_shows_a_path_but_not_key_text_pasted_in_its_place(string? value, string expected)
        => Assert.Equal(expected, Redaction.FilePath(value));

    [Fact]
    public void FilePath_shows_a_path_up_to_1024_characters()
    {
        var longest = "/" + new string('a', 1023);

        Assert.Equal($"'{longest}'", Redaction.FilePath(longest));
        Assert.Equal("(a value that looks like key text, not a path; not shown)", Redaction.FilePath(longest + "a"));
    }
}
