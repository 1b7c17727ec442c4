using System.Security.Cryptography;
using System.Text;
using static MemberCards.Sdk.TestVectors.PublishedVectors;

namespace MemberCards.Cli.Tests.Unit;

public sealed class WeChatPaySignCommandTests
{
    // The SDK's parameter order (mchid, nonce_str, timestamp, serial_no, signature): the CLI prints what the SDK sends.
    private static readonly string TvAHeader =
        $"WECHATPAY2-SHA256-RSA2048 mchid=\"{TvAMerchantId}\",nonce_str=\"{TvANonce}\",timestamp=\"{TvATimestamp}\",serial_no=\"{TvASerialNumber}\",signature=\"{TvASignature}\"";

    [Fact]
    public async Task Signs_the_published_request_vector_TV_A_and_prints_the_header()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);

        var run = await SignAsync(key, "--url", TvAUrl, "--body", TvABody);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(TvASignature, run.Line("Signature: "));
        Assert.Equal(TvAHeader, run.Line("Authorization: "));
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Prints_the_signing_message_with_each_line_feed_made_visible()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);

        var run = await SignAsync(key, "--url", TvAUrl, "--body", TvABody);

        var expected = $"POST\\n\n{TvAUrl}\\n\n{TvATimestamp}\\n\n{TvANonce}\\n\n{TvABody}\\n\n";
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        var length = Encoding.UTF8.GetByteCount($"POST\n{TvAUrl}\n{TvATimestamp}\n{TvANonce}\n{TvABody}\n");
        Assert.StartsWith($"Signing message ({length} bytes", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_body_from_a_file_byte_for_byte()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);
        using var body = TempFile.WithText(TvABody);

        var run = await SignAsync(key, "--url", TvAUrl, "--body-file", body.Path);

        Assert.Equal(TvASignature, run.Line("Signature: "));
    }

    [Fact]
    public async Task A_body_file_with_a_trailing_line_break_is_signed_as_is_and_pointed_out()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);
        using var body = TempFile.WithText(TvABody + "\n");

        var run = await SignAsync(key, "--url", TvAUrl, "--body-file", body.Path);

        Assert.NotEqual(TvASignature, run.Line("Signature: "));
        Assert.Contains("ends with a line break", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{TvABody}\\n\n\\n\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absolute_url_is_signed_as_its_path_and_query()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);

        var run = await SignAsync(key, "--url", "https://api.mch.weixin.qq.com" + TvAUrl, "--body", TvABody);

        Assert.Equal(TvASignature, run.Line("Signature: "));
    }

    [Fact]
    public async Task A_get_without_body_signs_an_empty_body_line_that_the_key_verifies()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);
        const string url = "/v3/brand/partner/card-member/user-cards/0001?brand_id=1&card_id=p1&openid=o1";

        var run = await SignAsync(key, "--method", "get", "--url", url);

        var message = Encoding.UTF8.GetBytes($"GET\n{url}\n{TvATimestamp}\n{TvANonce}\n\n");
        using var rsa = RSA.Create();
        rsa.ImportFromPem(K1PrivateKeyPkcs8);
        Assert.True(rsa.VerifyData(message, Convert.FromBase64String(run.Line("Signature: ")), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.Contains($"{TvANonce}\\n\n\\n\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_private_key_from_an_environment_variable()
    {
        using var secret = new EnvironmentSecret(K1PrivateKeyPkcs8);

        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", "POST", "--url", TvAUrl, "--timestamp", TvATimestamp, "--nonce", TvANonce,
            "--body", TvABody, "--private-key-env", secret.Name, "--mchid", TvAMerchantId, "--serial", TvASerialNumber);

        Assert.Equal(TvASignature, run.Line("Signature: "));
    }

    [Fact]
    public async Task Never_prints_the_private_key()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);

        var run = await SignAsync(key, "--url", TvAUrl, "--body", TvABody);

        var keyLines = K1PrivateKeyPkcs8.Split('\n').Where(line => line.Length > 20 && !line.StartsWith("-----", StringComparison.Ordinal));
        Assert.All(keyLines, line => Assert.DoesNotContain(line, run.Output + run.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_key_is_a_usage_error_naming_where_to_put_it()
    {
        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", "POST", "--url", TvAUrl, "--private-key-env", $"MEMBERCARDS_TEST_UNSET_{Guid.NewGuid():N}",
            "--mchid", TvAMerchantId, "--serial", TvASerialNumber);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--private-key-file", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_millisecond_timestamp_is_pointed_out()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);

        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", "POST", "--url", TvAUrl, "--timestamp", "1554208460000", "--nonce", TvANonce,
            "--private-key-file", key.Path, "--mchid", TvAMerchantId, "--serial", TvASerialNumber);

        Assert.Contains("not milliseconds", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timestamp_that_is_not_unix_seconds_is_a_usage_error()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);

        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", "POST", "--url", TvAUrl, "--timestamp", "2019-04-02T12:34:20Z", "--nonce", TvANonce,
            "--private-key-file", key.Path, "--mchid", TvAMerchantId, "--serial", TvASerialNumber);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("Unix seconds", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pem_with_literal_backslash_n_gets_a_hint()
    {
        using var secret = new EnvironmentSecret(K1PrivateKeyPkcs8.ReplaceLineEndings("\\n"));

        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", "GET", "--url", TvAUrl, "--private-key-env", secret.Name, "--mchid", TvAMerchantId, "--serial", TvASerialNumber);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("\\n instead of line breaks", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_brand_id_it_signs_the_published_vector_TV_A_and_prints_the_brand_header_byte_for_byte()
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);

        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", "POST", "--url", TvAUrl, "--body", TvABody, "--timestamp", TvATimestamp, "--nonce", TvANonce,
            "--private-key-file", key.Path, "--brand-id", "1004", "--serial", TvASerialNumber);

        // The brand scheme signs the same message as APIv3 (so TV-A's signature holds); only the header differs, pairs in the documented order.
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(TvASignature, run.Line("Signature: "));
        Assert.Equal(
            $"WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\",nonce_str=\"{TvANonce}\",signature=\"{TvASignature}\",timestamp=\"{TvATimestamp}\",serial_no=\"{TvASerialNumber}\"",
            run.Line("Authorization: "));
        Assert.DoesNotContain("PRIVATE KEY", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task A_brand_key_given_inline_is_refused_and_never_printed()
    {
        var run = await CliRun.InvokeAsync(
            "wechatpay", "sign", "--method", "GET", "--url", "/brand/card-member/cards", "--private-key", K1PrivateKeyPkcs8, "--brand-id", "1004", "--serial", TvASerialNumber);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.DoesNotContain("PRIVATE KEY", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(K1PrivateKeyPkcs8.Split('\n')[1], run.Output + run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Exactly_one_signer_is_required_mchid_or_brand_id(bool withMchid, bool withBrand)
    {
        using var key = TempFile.WithText(K1PrivateKeyPkcs8);
        string[] args =
        [
            "wechatpay", "sign", "--method", "GET", "--url", "/brand/card-member/cards", "--private-key-file", key.Path, "--serial", TvASerialNumber,
            .. withMchid ? ["--mchid", TvAMerchantId] : Array.Empty<string>(),
            .. withBrand ? ["--brand-id", "1004"] : Array.Empty<string>(),
        ];

        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--mchid <mchid> (a merchant) or --brand-id <brand_id> (a brand)", run.Error, StringComparison.Ordinal);
    }

    private static Task<CliRun> SignAsync(TempFile key, params string[] extra)
    {
        string[] args =
        [
            "wechatpay", "sign", "--timestamp", TvATimestamp, "--nonce", TvANonce,
            "--private-key-file", key.Path, "--mchid", TvAMerchantId, "--serial", TvASerialNumber,
            .. extra.Contains("--method") ? Array.Empty<string>() : ["--method", "POST"],
            .. extra,
        ];
        return CliRun.InvokeAsync(args);
    }
}
