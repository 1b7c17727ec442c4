using System.Security.Cryptography;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Cli.Tests.Unit;

/// <summary>
/// No value given to a secret's option is ever printed, whatever it looks like and whichever path the command takes
/// (parse error, input error): a real RSA private key generated for the run (PKCS#8 and PKCS#1 PEM, one argument with
/// its line breaks), keys starting with <c>-</c>, keys with <c>=</c> inside and Base64 padding at the end, given as
/// <c>--NAME VALUE</c>, <c>--NAME=VALUE</c>, <c>--NAME:VALUE</c>, to <c>-env</c> (where a variable name belongs) and
/// <c>-file</c> (where a path belongs), or alone. Not one 8-character piece of a secret (not one Base64 line of the
/// PEM) appears in standard output or error.
/// </summary>
public sealed class SecretEchoTests
{
    private static readonly string Pkcs8Pem;
    private static readonly string Pkcs1Pem;
    private static readonly string DashKey = "-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=');
    private static readonly string PaddedKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(22));
    private static readonly string InnerEqualsKey = "k3y=" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    static SecretEchoTests()
    {
        using var rsa = RSA.Create(2048);
        Pkcs8Pem = rsa.ExportPkcs8PrivateKeyPem();
        Pkcs1Pem = rsa.ExportRSAPrivateKeyPem();
    }

    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            string[] shapes = ["--NAME VALUE", "--NAME=VALUE", "--NAME:VALUE", "--NAME-env VALUE", "--NAME-env=VALUE", "--NAME-file VALUE", "--NAME-file=VALUE", "VALUE", "--NAME-env VALUE --unknown"];
            (string Command, string Secret)[] commands =
            [
                ("sign", "pkcs8"), ("sign", "pkcs1"), ("check-key", "pkcs8"),
                ("decrypt", "dash"), ("decrypt", "padded"),
                ("youzan", "-x"), ("youzan", "dash"), ("youzan", "inner-equals"),
                ("wechat", "dash"), ("wechat", "padded"),
            ];
            foreach (var (command, secret) in commands)
            {
                // A lone "-x" is not given to any option: it reads as an option name and is shown as one.
                foreach (var shape in shapes.Where(shape => !(secret == "-x" && shape == "VALUE")))
                {
                    data.Add(command, secret, shape);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_piece_of_a_value_given_to_a_secret_option_is_printed(string command, string secretKind, string shape)
    {
        using var publicKey = TempFile.WithText(PublishedVectors.P1PublicKey);
        var secret = Secret(secretKind);
        var (baseArgs, name) = Command(command, publicKey.Path);
        var args = baseArgs.Concat(Shape(shape, name, secret)).ToArray();

        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        var printed = run.Output + run.Error;
        foreach (var piece in Pieces(secret))
        {
            Assert.False(printed.Contains(piece, StringComparison.Ordinal), $"'{piece}' of the secret was printed:\n{printed}");
        }
    }

    [Fact]
    public async Task A_key_pasted_where_a_variable_name_belongs_is_called_so_without_being_echoed()
    {
        var run = await CliRun.InvokeAsync("wechatpay", "decrypt", "--nonce", "n", "--ciphertext", "AAAA", "--apiv3-key-env", PaddedKey);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal(
            "error: The value given to --apiv3-key-env is not an environment variable name (not shown: it looks like the APIv3 key (32 bytes: the 32 ASCII characters set in the merchant portal) itself). "
            + "Pass the name of the variable that holds it, or write it to a file and pass --apiv3-key-file <path>.\n",
            run.Error);
    }

    [Fact]
    public async Task A_variable_name_given_on_the_command_line_that_is_not_set_is_not_echoed()
    {
        var unset = $"MEMBERCARDS_TEST_UNSET_{Guid.NewGuid():N}";

        var given = await CliRun.InvokeAsync("wechat", "verify", "--timestamp", "1", "--nonce", "n", "--signature", "s", "--token-env", unset);

        Assert.Equal(ExitCodes.BadInput, given.ExitCode);
        Assert.Equal(
            "error: Missing the server Token configured in the Official Account: the environment variable named by --token-env is not set (its name is not shown, in case it is the secret itself); set it, or pass --token-file <path>.\n",
            given.Error);
    }

    [Fact]
    public async Task A_key_pasted_where_a_path_belongs_is_refused_without_the_path()
    {
        var run = await CliRun.InvokeAsync("wechatpay", "sign", "--method", "GET", "--url", "/v3/x", "--mchid", "1", "--serial", "2", "--private-key-file", Pkcs8Pem);

        // The key is random, so the file system's reason varies: when the PEM's first '/' comes after more than 255
        // characters, the first folder's name is too long (about one key in 25); otherwise that folder does not exist.
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Matches(
            "^error: Cannot read the merchant API private key PEM \\(apiclient_key\\.pem\\) from the file given to --private-key-file "
            + "\\((a folder on the path does not exist|the path is too long); the path is not shown, in case it is the secret\\)"
            + "; the value holds line breaks, so it is likely the secret itself: write it to a file and pass that file's path\\.\n$",
            run.Error);
    }

    [Fact]
    public async Task A_pem_typed_after_the_secret_option_name_is_refused_with_the_name_and_the_options_to_use()
    {
        var run = await CliRun.InvokeAsync("wechatpay", "sign", "--method", "GET", "--url", "/v3/x", "--mchid", "1", "--serial", "2", "--private-key", Pkcs8Pem);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal(
            "error: Unrecognized command or argument '--private-key'.\n"
            + $"error: Unrecognized command or argument '{ParseErrors.HiddenValue}'.\n"
            + "note: --private-key is read from a file or an environment variable, never from the command line: pass --private-key-file <path> or --private-key-env <name>.\n"
            + "Run 'membercards wechatpay sign --help'.\n",
            run.Error);
    }

    private static string Secret(string kind) => kind switch
    {
        "pkcs8" => Pkcs8Pem,
        "pkcs1" => Pkcs1Pem,
        "dash" => DashKey,
        "padded" => PaddedKey,
        "inner-equals" => InnerEqualsKey,
        _ => kind,
    };

    private static (string[] Args, string SecretName) Command(string command, string publicKeyPath) => command switch
    {
        "sign" => (["wechatpay", "sign", "--method", "POST", "--url", "/v3/x", "--mchid", "1900007291", "--serial", "ABC"], "private-key"),
        "check-key" => (["wechatpay", "check-key", "--public-key-file", publicKeyPath], "private-key"),
        "decrypt" => (["wechatpay", "decrypt", "--nonce", "n", "--ciphertext", "AAAA"], "apiv3-key"),
        "youzan" => (["youzan", "verify", "--client-id", "c", "--msg", "m", "--sign", "s"], "client-secret"),
        "wechat" => (["wechat", "verify", "--timestamp", "1", "--nonce", "n", "--signature", "s"], "token"),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    private static IEnumerable<string> Shape(string shape, string name, string secret)
        => shape.Split(' ').Select(part => part.Replace("NAME", name, StringComparison.Ordinal).Replace("VALUE", secret, StringComparison.Ordinal));

    /// <summary>What must not be printed: every 8-character piece of the secret's material (the PEM's Base64), or all of a shorter secret.</summary>
    private static IEnumerable<string> Pieces(string secret)
    {
        var material = secret.StartsWith("-----BEGIN", StringComparison.Ordinal)
            ? string.Concat(secret.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("-----", StringComparison.Ordinal)))
            : secret;
        if (material.Length < 8)
        {
            return [material];
        }

        var lines = secret.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("-----", StringComparison.Ordinal));
        return lines.Concat(Enumerable.Range(0, material.Length - 7).Select(i => material.Substring(i, 8)));
    }
}
