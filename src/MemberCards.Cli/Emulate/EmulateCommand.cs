using System.CommandLine.Parsing;
using System.Net.Sockets;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.WeChatPay;

namespace MemberCards.Cli.Emulate;

/// <summary>
/// <c>membercards emulate</c>: runs the WeChat, WeChat Pay and ERP emulators as one standalone HTTP server on
/// 127.0.0.1 and the IoT platform's MQTT broker beside it, prints what a client needs to talk to them, and runs until Ctrl+C.
/// </summary>
internal static class EmulateCommand
{
    public const int DefaultPort = 5099;

    public static Command Create()
    {
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1 (0 picks a free one). With --out, a restart without --port (or with 0) reuses the ports that folder's last start listened on.",
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = ParsePort,
        };
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = $"The folder to write the WeChat Pay keys, appsettings.emulator.json and {EmulatorPorts.FileName} (the ports, kept for the next start) to (default: a new temporary folder, deleted on exit).",
        };

        var weChatCallback = CallbackOption("--wechat-callback", "Your host's WeChat event push URL: POST /_emulator/wechat/events/{event} sends a signed push there.");
        var weChatPayCallback = CallbackOption("--wechatpay-callback", "Your host's WeChat Pay notify URL: POST /_emulator/wechatpay/notifications/{eventType}?code=.. sends a signed notification there.");
        var youzanCallback = CallbackOption("--youzan-callback", "Your host's Youzan push URL: POST /_emulator/youzan/pushes/{type} sends a signed push there.");
        var seed = new Option<string[]>("--seed-user-card")
        {
            Description = "Store a sample WeChat Pay user card at start: CODE or CODE:CARD_ID (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var log = new Option<bool>("--log-requests") { Description = "Print every request the emulators receive, as it arrives." };
        var brand = new Option<bool>("--wechatpay-brand")
        {
            Description = $"Emulate a WeChat Pay brand (brand-direct family, brand_id {WeChatPayEmulator.BrandId}) instead of a service provider: appsettings.emulator.json registers it (Family Brand), and the notifications of every generation are signed the brand way (WECHATPAY-BRAND-SHA256-RSA2048, the WeChat Pay public key and its PUB_KEY_ID_ serial).",
        };

        var command = new Command("emulate", "Run the WeChat, WeChat Pay and ERP emulators as one HTTP server on 127.0.0.1 until Ctrl+C; optionally send WeChat, WeChat Pay and Youzan messages to your host's endpoints.")
        {
            port,
            output,
            weChatCallback,
            weChatPayCallback,
            youzanCallback,
            seed,
            log,
            brand,
        };
        return CommandRunner.SetAsyncAction(command, (parseResult, writer, cancellationToken) => RunAsync(
            new EmulateSettings(
                parseResult.GetValue(port),
                parseResult.GetResult(port) is { Implicit: false },
                parseResult.GetValue(output),
                parseResult.GetValue(weChatCallback),
                parseResult.GetValue(weChatPayCallback),
                parseResult.GetValue(youzanCallback),
                parseResult.GetValue(seed) ?? [],
                parseResult.GetValue(log),
                parseResult.GetValue(brand)),
            writer,
            cancellationToken));
    }

    private static Option<Uri?> CallbackOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError($"{name} must be an absolute http(s) URL, such as http://127.0.0.1:5000/wechat/events.");
            return null;
        },
    };

    private static int ParsePort(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
        {
            return port;
        }

        result.AddError($"--port must be a number from 0 to 65535, not '{text}'.");
        return 0;
    }

    private static async Task<int> RunAsync(EmulateSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var outFolder = settings.Out;
        var saved = outFolder is null ? null : EmulatorPorts.Load(outFolder.FullName);
        var keptBy = saved is null ? null : EmulatorPorts.PathIn(outFolder!.FullName);
        var port = settings.PortGiven && settings.Port != 0 ? settings.Port : saved?.Http ?? settings.Port;
        var credentials = EmulatorCredentials.Default;
        var options = new EmulatorSuiteOptions
        {
            Port = port,
            WeChat = new WeChatEmulatorOptions { CallbackUrl = settings.WeChatCallback },
            Callbacks = new EmulatorCallbacks { WeChatPay = settings.WeChatPayCallback, Youzan = settings.YouzanCallback, WeChatPayBrand = settings.WeChatPayBrand },
        };
        options.WeChat.Apps[credentials.WeChatAppId] = credentials.WeChatAppSecret;

        EmulatorSuite suite;
        try
        {
            suite = await EmulatorSuite.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new CliInputException(keptBy is not null && port == saved!.Http
                ? $"cannot listen on 127.0.0.1:{port} ({ex.Message}), the port {keptBy} keeps for this --out folder; stop what uses it, pass another --port, or delete {keptBy} to pick new ports."
                : $"cannot listen on 127.0.0.1:{port} ({ex.Message}); choose another --port, or 0 for a free one.");
        }

        var temporary = outFolder is null ? Directory.CreateTempSubdirectory("membercards-emulate-") : null;
        try
        {
            await using (suite.ConfigureAwait(false))
            {
                IotMqttBroker iot;
                try
                {
                    iot = await IotMqttBroker.StartAsync(saved?.Mqtt ?? 0, cancellationToken).ConfigureAwait(false);
                }
                catch (SocketException ex) when (saved is not null)
                {
                    throw new CliInputException($"cannot listen for MQTT on 127.0.0.1:{saved.Mqtt} ({ex.Message}), the port {keptBy} keeps for this --out folder; stop what uses it, or delete {keptBy} to pick new ports.");
                }

                await using var iotScope = iot.ConfigureAwait(false);
                iot.PublishSeedOnSubscribe = true;
                EmulatorFiles files;
                try
                {
                    files = EmulatorFiles.Write(temporary?.FullName ?? outFolder!.FullName, suite, credentials, iot);
                    if (outFolder is not null)
                    {
                        new EmulatorPorts(suite.BaseAddress.Port, iot.Port).Save(outFolder.FullName);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new CliInputException($"cannot write the key files to {outFolder?.FullName ?? temporary!.FullName} ({ex.Message}).");
                }

                foreach (var entry in settings.SeedUserCards)
                {
                    var parts = entry.Split(':', 2);
                    suite.SeedUserCard(parts[0], parts.Length > 1 ? parts[1] : null);
                    var card = suite.WeChatPay.GetUserCard(parts[0])!;
                    output.WriteLine($"Seeded WeChat Pay user card {parts[0]}: brand_id {card["brand_id"]}, card_id {card["card_id"]}, openid {card["openid"]}.");
                }

                if (settings.LogRequests)
                {
                    var gate = new object();
                    suite.Host.RequestRecorded += request =>
                    {
                        lock (gate)
                        {
                            output.WriteLine($"request: {request.Method} {request.PathAndQuery} ({request.Body.Length} bytes)");
                            output.Flush();
                        }
                    };
                }

                EmulatorSummary.Write(output, suite, credentials, files, iot, outFolder is null ? null : EmulatorPorts.PathIn(outFolder.FullName));
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    output.WriteLine("Stopping.");
                }
            }
        }
        finally
        {
            temporary?.Delete(recursive: true);
        }

        return ExitCodes.Success;
    }
}
