using System.CommandLine;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChat;

namespace MemberCards.Cli.Emulate;

/// <summary>
/// <c>membercards emulate</c>: runs the WeChat, WeChat Pay and ERP emulators as one standalone HTTP server on
/// 127.0.0.1, prints what a client needs to talk to them, and runs until Ctrl+C.
/// </summary>
internal static class EmulateCommand
{
    public const int DefaultPort = 5099;

    public static Command Create()
    {
        var port = new Option<int>("--port")
        {
            Description = $"The port on 127.0.0.1 (0 picks a free one). Default {DefaultPort}.",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
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
            throw new Input.CliInputException($"cannot listen on 127.0.0.1:{port} ({ex.Message}); choose another --port, or 0 for a free one.");
        }

        var temporary = outFolder is null ? Directory.CreateTempSubdirectory("membercards-emulate-") : null;
        try
        {
            await using (suite.ConfigureAwait(false))
            {
                var files = EmulatorFiles.Write(temporary?.FullName ?? outFolder!.FullName, suite, credentials);
                EmulatorSummary.Write(output, suite, credentials, files);
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
