using System.Security.Cryptography;
using System.Text;

namespace MemberCards.Cli.Tests.Unit;

public sealed class YouzanVerifyCommandTests
{
    private const string ClientId = "6dc9e2a7c2dfd5d1d4";
    private const string ClientSecret = "3b5e0c4a9f1d2e7c8b6a5f4e3d2c1b0a";
    private const string Msg = "%7B%22card_alias%22%3A%22a1b2c3%22%2C%22event_time%22%3A%222017-06-30+16%3A08%3A29%22%7D";

    [Fact]
    public async Task Accepts_the_md5_of_client_id_msg_as_received_and_secret()
    {
        using var secret = new EnvironmentSecret(ClientSecret);
        var sign = Md5Hex(ClientId + Msg + ClientSecret);

        var run = await VerifyAsync(secret, Msg, sign);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("valid", run.Line("Result: "));
    }

    [Fact]
    public async Task Accepts_an_upper_case_sign()
    {
        using var secret = new EnvironmentSecret(ClientSecret);

        var run = await VerifyAsync(secret, Msg, Md5Hex(ClientId + Msg + ClientSecret).ToUpperInvariant());

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public async Task Rejects_a_decoded_msg_explains_and_prints_the_expected_sign_when_asked()
    {
        using var secret = new EnvironmentSecret(ClientSecret);
        const string decoded = "{\"card_alias\":\"a1b2c3\",\"event_time\":\"2017-06-30 16:08:29\"}";

        var run = await CliRun.InvokeAsync(
            "youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--msg", decoded, "--sign", Md5Hex(ClientId + Msg + ClientSecret), "--show-expected");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal(Md5Hex(ClientId + decoded + ClientSecret), run.Line("Expected sign: "));
        Assert.Contains("already URL-decoded", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientSecret, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_msg_and_secret_from_files()
    {
        using var secret = TempFile.WithText(ClientSecret + "\n");
        using var msg = TempFile.WithText(Msg + "\n");

        var run = await CliRun.InvokeAsync(
            "youzan", "verify", "--client-id", ClientId, "--client-secret-file", secret.Path, "--msg-file", msg.Path,
            "--sign", Md5Hex(ClientId + Msg + ClientSecret));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public async Task Event_sign_mode_accepts_the_md5_of_client_id_raw_body_and_secret()
    {
        using var secret = new EnvironmentSecret(ClientSecret);
        const string body = "{\"msg\":\"%7B%7D\",\"kdt_id\":1,\"type\":\"SCRM_CARD\"}";
        using var file = TempFile.WithText(body);
        var expected = Md5Hex(ClientId + body + ClientSecret);

        var run = await CliRun.InvokeAsync("youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--body-file", file.Path, "--event-sign", expected);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("valid", run.Line("Result: "));
        Assert.DoesNotContain(ClientSecret, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_sign_mode_rejects_an_altered_body_and_points_at_a_trailing_line_break()
    {
        using var secret = new EnvironmentSecret(ClientSecret);
        const string body = "{\"type\":\"SCRM_CARD\"}";
        using var file = TempFile.WithText(body + "\n");

        var run = await CliRun.InvokeAsync("youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--body-file", file.Path, "--event-sign", Md5Hex(ClientId + body + ClientSecret), "--show-expected");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal(Md5Hex(ClientId + body + "\n" + ClientSecret), run.Line("Expected Event-Sign: "));
        Assert.Contains("ends with a line break", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_modes_at_once_or_none_is_a_usage_error()
    {
        using var secret = new EnvironmentSecret(ClientSecret);

        var both = await CliRun.InvokeAsync("youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--msg", Msg, "--sign", "a", "--body", "{}", "--event-sign", "b");
        var none = await CliRun.InvokeAsync("youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--msg", Msg);

        Assert.Equal(ExitCodes.BadInput, both.ExitCode);
        Assert.Equal(ExitCodes.BadInput, none.ExitCode);
        Assert.Contains("Choose one mode", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classic_mode_does_not_print_the_expected_sign_of_a_rejected_input()
    {
        using var secret = new EnvironmentSecret(ClientSecret);
        var expected = Md5Hex(ClientId + Msg + ClientSecret);

        var run = await VerifyAsync(secret, Msg, Md5Hex("forged"));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.DoesNotContain(expected, run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(expected, run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("invalid (", run.Line("Result: "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_sign_mode_does_not_print_the_expected_header_of_a_rejected_body()
    {
        using var secret = new EnvironmentSecret(ClientSecret);
        const string body = "{\"type\":\"SCRM_CARD\",\"forged\":true}";
        var expected = Md5Hex(ClientId + body + ClientSecret);

        var run = await CliRun.InvokeAsync("youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--body", body, "--event-sign", Md5Hex("forged"));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.DoesNotContain(expected, run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(expected, run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Both_modes_print_the_expected_value_only_with_show_expected()
    {
        using var secret = new EnvironmentSecret(ClientSecret);
        const string body = "{\"type\":\"SCRM_CARD\"}";

        var classic = await CliRun.InvokeAsync("youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--msg", Msg, "--sign", "0000", "--show-expected");
        var eventSign = await CliRun.InvokeAsync("youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--body", body, "--event-sign", "0000", "--show-expected");

        Assert.Equal(ExitCodes.Invalid, classic.ExitCode);
        Assert.Equal(Md5Hex(ClientId + Msg + ClientSecret), classic.Line("Expected sign: "));
        Assert.Equal(ExitCodes.Invalid, eventSign.ExitCode);
        Assert.Equal(Md5Hex(ClientId + body + ClientSecret), eventSign.Line("Expected Event-Sign: "));
    }

    [Fact]
    public async Task The_help_of_show_expected_warns_that_the_value_is_a_credential()
    {
        var run = await CliRun.InvokeAsync("youzan", "verify", "--help");

        var help = Assert.Single(run.Output.Split('\n'), line => line.TrimStart().StartsWith("--show-expected", StringComparison.Ordinal));
        Assert.Contains("credential", help, StringComparison.Ordinal);
    }

    private static Task<CliRun> VerifyAsync(EnvironmentSecret secret, string msg, string sign)
        => CliRun.InvokeAsync("youzan", "verify", "--client-id", ClientId, "--client-secret-env", secret.Name, "--msg", msg, "--sign", sign);

    private static string Md5Hex(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
