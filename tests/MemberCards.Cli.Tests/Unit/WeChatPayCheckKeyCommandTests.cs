using MemberCards.Sdk.Testing.WeChatPay;

namespace MemberCards.Cli.Tests.Unit;

public sealed class WeChatPayCheckKeyCommandTests
{
    [Fact]
    public async Task A_key_with_its_certificate_and_serial_is_consistent()
    {
        using var merchant = WeChatPayTestKey.Create();
        using var key = TempFile.WithText(merchant.PrivateKeyPem);
        using var certificate = TempFile.WithText(merchant.CertificatePem);

        var run = await CheckAsync(key, "--certificate-file", certificate.Path, "--serial", merchant.SerialNumber.ToLowerInvariant());

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("the private key belongs to this certificate", run.Line("Key pair: "), StringComparison.Ordinal);
        Assert.Equal("the configured serial is the certificate's", run.Line("Serial: "));
        Assert.Equal("consistent", run.Line("Result: "));
    }

    [Fact]
    public async Task A_key_of_another_certificate_is_reported_as_the_SIGN_ERROR_cause()
    {
        using var merchant = WeChatPayTestKey.Create();
        using var other = WeChatPayTestKey.Create();
        using var key = TempFile.WithText(other.PrivateKeyPem);
        using var certificate = TempFile.WithText(merchant.CertificatePem);

        var run = await CheckAsync(key, "--certificate-file", certificate.Path, "--serial", merchant.SerialNumber);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.StartsWith("MISMATCH", run.Line("Key pair: "), StringComparison.Ordinal);
        Assert.Contains("SIGN_ERROR", run.Line("Key pair: "), StringComparison.Ordinal);
        Assert.Equal("inconsistent", run.Line("Result: "));
    }

    [Fact]
    public async Task A_configured_serial_of_another_certificate_is_reported()
    {
        using var merchant = WeChatPayTestKey.Create();
        using var other = WeChatPayTestKey.Create();
        using var key = TempFile.WithText(merchant.PrivateKeyPem);
        using var certificate = TempFile.WithText(merchant.CertificatePem);

        var run = await CheckAsync(key, "--certificate-file", certificate.Path, "--serial", other.SerialNumber);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal($"MISMATCH: the configured serial {other.SerialNumber} is not the certificate's {merchant.SerialNumber} (WeChat Pay answers 401 SIGN_ERROR)", run.Line("Serial: "));
        Assert.StartsWith("the private key belongs", run.Line("Key pair: "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_is_checked_against_a_public_key_too()
    {
        using var merchant = WeChatPayTestKey.Create();
        using var other = WeChatPayTestKey.Create();
        using var key = TempFile.WithText(merchant.PrivateKeyPem);
        using var right = TempFile.WithText(merchant.PublicKeyPem);
        using var wrong = TempFile.WithText(other.PublicKeyPem);

        Assert.Equal(ExitCodes.Success, (await CheckAsync(key, "--public-key-file", right.Path)).ExitCode);
        Assert.Equal(ExitCodes.Invalid, (await CheckAsync(key, "--public-key-file", wrong.Path)).ExitCode);
    }

    [Fact]
    public async Task The_private_key_is_never_printed()
    {
        using var merchant = WeChatPayTestKey.Create();
        using var other = WeChatPayTestKey.Create();
        using var key = TempFile.WithText(merchant.PrivateKeyPem);
        using var certificate = TempFile.WithText(other.CertificatePem);

        var run = await CheckAsync(key, "--certificate-file", certificate.Path);

        var keyLines = merchant.PrivateKeyPem.Split('\n').Where(line => line.Length > 20 && !line.StartsWith("-----", StringComparison.Ordinal));
        Assert.All(keyLines, line => Assert.DoesNotContain(line, run.Output + run.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_serial_without_a_certificate_is_a_usage_error()
    {
        using var merchant = WeChatPayTestKey.Create();
        using var key = TempFile.WithText(merchant.PrivateKeyPem);
        using var publicKey = TempFile.WithText(merchant.PublicKeyPem);

        var run = await CheckAsync(key, "--public-key-file", publicKey.Path, "--serial", merchant.SerialNumber);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--certificate-file", run.Error, StringComparison.Ordinal);
    }

    private static Task<CliRun> CheckAsync(TempFile key, params string[] extra)
        => CliRun.InvokeAsync(["wechatpay", "check-key", "--private-key-file", key.Path, .. extra]);
}
