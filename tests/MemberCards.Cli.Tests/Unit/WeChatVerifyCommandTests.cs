using System.Security.Cryptography;
using System.Text;

namespace MemberCards.Cli.Tests.Unit;

public sealed class WeChatVerifyCommandTests
{
    private const string Token = "membercardsToken2026";
    private const string Timestamp = "1713000000";
    private const string Nonce = "1320476850";
    private const string Encrypt = "u3wF8Z1nQm0R9o5K2pLx7Vb4Yc6Td1Ea8Gh3Jk5Mn7Pq9Rs1Tu3Vw5Xy7Za9Bc0De2Fg4Hi6Jk8Lm0No2Pq4Rs6==";

    [Fact]
    public async Task Accepts_the_sha1_of_the_sorted_token_timestamp_and_nonce()
    {
        using var token = new EnvironmentSecret(Token);
        var signature = Sha1OfSorted(Token, Timestamp, Nonce);

        var run = await CliRun.InvokeAsync("wechat", "verify", "--token-env", token.Name, "--timestamp", Timestamp, "--nonce", Nonce, "--signature", signature);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("valid", run.Line("Result: "));
    }

    [Fact]
    public async Task Checks_msg_signature_over_the_encrypted_element_in_safe_mode()
    {
        using var token = new EnvironmentSecret(Token);
        var signature = Sha1OfSorted(Token, Timestamp, Nonce, Encrypt);

        var run = await CliRun.InvokeAsync(
            "wechat", "verify", "--token-env", token.Name, "--timestamp", Timestamp, "--nonce", Nonce, "--encrypt", Encrypt, "--signature", signature);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("msg_signature", run.Line("Checked: "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_signature_made_with_another_token_and_prints_the_expected_one_when_asked()
    {
        using var token = TempFile.WithText(Token + "\n");

        var run = await CliRun.InvokeAsync(
            "wechat", "verify", "--token-file", token.Path, "--timestamp", Timestamp, "--nonce", Nonce, "--signature", Sha1OfSorted("otherToken", Timestamp, Nonce), "--show-expected");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal(Sha1OfSorted(Token, Timestamp, Nonce), run.Line("Expected: "));
        Assert.DoesNotContain(Token, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Does_not_print_the_expected_signature_of_a_rejected_input()
    {
        using var token = new EnvironmentSecret(Token);
        var expected = Sha1OfSorted(Token, Timestamp, Nonce);

        var run = await CliRun.InvokeAsync("wechat", "verify", "--token-env", token.Name, "--timestamp", Timestamp, "--nonce", Nonce, "--signature", Sha1OfSorted("otherToken", Timestamp, Nonce));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.DoesNotContain(expected, run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(expected, run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("invalid (", run.Line("Result: "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_the_expected_signature_only_with_show_expected()
    {
        using var token = new EnvironmentSecret(Token);
        var expected = Sha1OfSorted(Token, Timestamp, Nonce);

        var run = await CliRun.InvokeAsync("wechat", "verify", "--token-env", token.Name, "--timestamp", Timestamp, "--nonce", Nonce, "--signature", "0000", "--show-expected");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal(expected, run.Line("Expected: "));
    }

    [Fact]
    public async Task The_help_of_show_expected_warns_that_the_value_is_a_credential()
    {
        var run = await CliRun.InvokeAsync("wechat", "verify", "--help");

        var help = Assert.Single(run.Output.Split('\n'), line => line.TrimStart().StartsWith("--show-expected", StringComparison.Ordinal));
        Assert.Contains("credential", help, StringComparison.Ordinal);
    }

    private static string Sha1OfSorted(params string[] parts)
    {
        var sorted = parts.OrderBy(part => part, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }
}
