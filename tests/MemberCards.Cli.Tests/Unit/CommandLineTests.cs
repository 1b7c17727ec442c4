using MemberCards.Sdk.TestVectors;

namespace MemberCards.Cli.Tests.Unit;

public sealed class CommandLineTests
{
    [Fact]
    public async Task A_missing_required_option_is_a_usage_error_not_an_invalid_signature()
    {
        var run = await CliRun.InvokeAsync("wechatpay", "verify", "--timestamp", "1");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--signature", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Giving_a_body_both_inline_and_as_a_file_is_refused()
    {
        using var body = TempFile.WithText("{}");
        using var key = TempFile.WithText(PublishedVectors.P1PublicKey);

        var run = await CliRun.InvokeAsync(
            "wechatpay", "verify", "--timestamp", "1", "--nonce", "n", "--body", "{}", "--body-file", body.Path,
            "--signature", "AAAA", "--public-key-file", key.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("not both", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_secret_option_never_echoes_its_value()
    {
        const string secret = "Wp7xQ2mK9rT4vY6zB1nC3dF5gH8jL0sA";

        var run = await CliRun.InvokeAsync("wechatpay", "decrypt", "--apiv3-key", secret, "--nonce", "n", "--ciphertext", "AAAA");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.DoesNotContain(secret, run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[..8], run.Output + run.Error, StringComparison.Ordinal);
        Assert.Contains("'--apiv3-key'", run.Error, StringComparison.Ordinal);
        Assert.Contains("--apiv3-key-file <path> or --apiv3-key-env <name>", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unrecognised_option_with_an_inline_value_shows_the_name_only()
    {
        const string secret = "client-secret-value-typed-inline";

        var run = await CliRun.InvokeAsync("youzan", "verify", "--client-id", "c", $"--client-secret={secret}", "--msg", "m", "--sign", "s");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.DoesNotContain(secret, run.Output + run.Error, StringComparison.Ordinal);
        Assert.Contains("--client-secret=<not shown>", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command_group()
    {
        var run = await CliRun.InvokeAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("wechatpay", run.Output, StringComparison.Ordinal);
        Assert.Contains("youzan", run.Output, StringComparison.Ordinal);
        Assert.Contains("wechat ", run.Output, StringComparison.Ordinal);
    }
}
