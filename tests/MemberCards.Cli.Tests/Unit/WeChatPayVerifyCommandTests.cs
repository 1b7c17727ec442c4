using Microsoft.Extensions.Time.Testing;
using static MemberCards.Sdk.TestVectors.PublishedVectors;

namespace MemberCards.Cli.Tests.Unit;

public sealed class WeChatPayVerifyCommandTests
{
    private static readonly FakeTimeProvider AtTvC = new(DateTimeOffset.FromUnixTimeSeconds(long.Parse(TvCTimestamp, System.Globalization.CultureInfo.InvariantCulture) + 10));

    [Fact]
    public async Task Accepts_the_published_response_vector_TV_C()
    {
        using var key = TempFile.WithText(P1PublicKey);

        var run = await VerifyAsync(key, TvCBody, TvCSignature);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("valid", run.Line("Result: "));
        Assert.Contains($"{TvCTimestamp}\\n\n{TvCNonce}\\n\n{TvCBody}\\n\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_the_vector_with_one_space_added_to_the_body()
    {
        using var key = TempFile.WithText(P1PublicKey);

        var run = await VerifyAsync(key, TvCBody + " ", TvCSignature);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.StartsWith("invalid", run.Line("Result: "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_probe_signature_and_says_what_it_is()
    {
        using var key = TempFile.WithText(P1PublicKey);

        var run = await VerifyAsync(key, TvCBody, "WECHATPAY/SIGNTEST/" + TvCSignature[..40]);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("probe", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Points_out_a_timestamp_outside_the_five_minute_window()
    {
        using var key = TempFile.WithText(P1PublicKey);
        var later = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(TvCTimestamp, System.Globalization.CultureInfo.InvariantCulture) + 301));

        var run = await CliRun.InvokeAsync(
            later, "wechatpay", "verify", "--timestamp", TvCTimestamp, "--nonce", TvCNonce, "--body", TvCBody,
            "--signature", TvCSignature, "--public-key-file", key.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("301 s from now", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_key_given_as_public_key_is_a_usage_error()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);

        var run = await VerifyAsync(key, TvCBody, TvCSignature);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("private key", run.Error, StringComparison.Ordinal);
    }

    private static Task<CliRun> VerifyAsync(TempFile key, string body, string signature)
        => CliRun.InvokeAsync(
            AtTvC, "wechatpay", "verify", "--timestamp", TvCTimestamp, "--nonce", TvCNonce, "--body", body,
            "--signature", signature, "--public-key-file", key.Path);
}
