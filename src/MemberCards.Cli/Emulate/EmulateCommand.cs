using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MemberCards.Cli.Input;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.WeChat;

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
            Description = "The port on 127.0.0.1 (0 picks a free one).",
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = ParsePort,
        };
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "The folder to write the WeChat Pay keys and appsettings.emulator.json to (default: a new temporary folder, deleted on exit).",
        };

        var command = new Command("emulate", "Run the WeChat, WeChat Pay and ERP emulators as one HTTP server on 127.0.0.1 until Ctrl+C.")
        {
            port,
            output,
        };
        CommandRunner.SetAsyncAction(command, (parseResult, writer, cancellationToken)
            => RunAsync(parseResult.GetValue(port), parseResult.GetValue(output), writer, cancellationToken));
        return command;
    }

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

    private static async Task<int> RunAsync(int port, DirectoryInfo? outFolder, TextWriter output, CancellationToken cancellationToken)
    {
        var credentials = EmulatorCredentials.Default;
        var options = new EmulatorSuiteOptions { Port = port, WeChat = new WeChatEmulatorOptions() };
        options.WeChat.Apps[credentials.WeChatAppId] = credentials.WeChatAppSecret;

        EmulatorSuite suite;
        try
        {
            suite = await EmulatorSuite.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new CliInputException($"cannot listen on 127.0.0.1:{port} ({ex.Message}); choose another --port, or 0 for a free one.");
        }

        var temporary = outFolder is null ? Directory.CreateTempSubdirectory("membercards-emulate-") : null;
        try
        {
            await using (suite.ConfigureAwait(false))
            {
                var iot = await IotMqttBroker.StartAsync(cancellationToken).ConfigureAwait(false);
                await using var iotScope = iot.ConfigureAwait(false);
                iot.PublishSeedOnSubscribe = true;
                EmulatorFiles files;
                try
                {
                    files = EmulatorFiles.Write(temporary?.FullName ?? outFolder!.FullName, suite, credentials, iot);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new CliInputException($"cannot write the key files to {outFolder?.FullName ?? temporary!.FullName} ({ex.Message}).");
                }

                EmulatorSummary.Write(output, suite, credentials, files, iot);
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
