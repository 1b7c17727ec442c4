using static MemberCards.Sdk.TestVectors.PublishedVectors;

namespace MemberCards.Cli.Tests.Unit;

public sealed class WeChatPayDecryptCommandTests
{
    [Fact]
    public async Task Decrypts_the_published_vector_TV_E_with_the_key_from_an_environment_variable()
    {
        using var key = new EnvironmentSecret(TvEKey);

        var run = await DecryptAsync("--apiv3-key-env", key.Name);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(TvEPlaintext + "\n", run.Output);
    }

    [Fact]
    public async Task Reads_the_key_from_a_file_ignoring_its_last_line_break()
    {
        using var key = TempFile.WithText(TvEKey + "\n");

        var run = await DecryptAsync("--apiv3-key-file", key.Path);

        Assert.Equal(TvEPlaintext + "\n", run.Output);
    }

    [Fact]
    public async Task A_wrong_key_fails_the_tag_and_names_the_APIv3_key_without_printing_it()
    {
        const string wrongKey = "b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
        using var key = new EnvironmentSecret(wrongKey);

        var run = await DecryptAsync("--apiv3-key-env", key.Name);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("APIv3 key", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Altered_associated_data_fails_the_tag()
    {
        using var key = new EnvironmentSecret(TvEKey);

        var run = await CliRun.InvokeAsync(
            "wechatpay", "decrypt", "--apiv3-key-env", key.Name, "--nonce", TvENonce, "--associated-data", "certificate",
            "--ciphertext", TvECiphertext);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
    }

    [Fact]
    public async Task A_key_of_the_wrong_length_is_a_usage_error()
    {
        using var key = new EnvironmentSecret(TvEKey[..31]);

        var run = await DecryptAsync("--apiv3-key-env", key.Name);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("32 bytes", run.Error, StringComparison.Ordinal);
    }

    private static Task<CliRun> DecryptAsync(params string[] keySource)
        => CliRun.InvokeAsync(
            ["wechatpay", "decrypt", .. keySource, "--nonce", TvENonce, "--associated-data", TvEAssociatedData, "--ciphertext", TvECiphertext]);
}
