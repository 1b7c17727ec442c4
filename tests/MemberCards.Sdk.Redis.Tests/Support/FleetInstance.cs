using System.Diagnostics;
using System.Text;

namespace MemberCards.Sdk.Redis.Tests.Support;

/// <summary>One fleet host process (tests/MemberCards.Sdk.Redis.FleetHost): commands on its stdin, one answer line each.</summary>
internal sealed class FleetInstance : IAsyncDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly StringBuilder errors = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    private FleetInstance(Process process, string name)
    {
        this.process = process;
        Name = name;
    }

    public string Name { get; }

    /// <summary>What the host wrote on stderr (warnings, errors), for failure messages.</summary>
    public string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
    }

    public static async Task<FleetInstance> StartAsync(string name, IEnumerable<string> arguments)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "MemberCards.Sdk.Redis.FleetHost.dll");
        Assert.True(File.Exists(host), $"the fleet host was not built next to the tests: {host}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the fleet host did not start");
        var instance = new FleetInstance(process, name);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (instance.errors)
                {
                    instance.errors.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        var ready = await instance.ReadAnswerAsync();
        Assert.True(ready == "ok ready", $"{name} did not start: {ready}\n{instance.Errors}");
        return instance;
    }

    /// <summary>Sends a command and returns its answer's key=value pairs; fails on an "error" answer.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SendAsync(string command)
    {
        await gate.WaitAsync();
        try
        {
            await process.StandardInput.WriteLineAsync(command);
            await process.StandardInput.FlushAsync();
            var answer = await ReadAnswerAsync();
            Assert.True(answer.StartsWith("ok", StringComparison.Ordinal), $"{Name}: '{Shorten(command)}' answered '{answer}'\n{Errors}");
            return answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                await process.StandardInput.WriteLineAsync("quit");
                await process.StandardInput.FlushAsync();
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception ex) when (ex is TimeoutException or IOException or InvalidOperationException)
        {
            process.Kill(entireProcessTree: true);
        }
        finally
        {
            process.Dispose();
        }
    }

    private static string Shorten(string command) => command.Length > 120 ? command[..120] + "..." : command;

    private async Task<string> ReadAnswerAsync()
    {
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(AnswerTimeout);
        return line ?? $"(the host exited with {(process.HasExited ? process.ExitCode : -1)})";
    }
}
