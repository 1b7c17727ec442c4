using System.Diagnostics;
using System.Text;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>
/// One fleet member as its own OS process (tests/MemberCards.Sdk.Iot.Mqtt.FleetHost): started, ready once its
/// subscription is connected, and stopped by closing its stdin or killed outright.
/// </summary>
internal sealed class FleetMemberProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder errors = new();

    private FleetMemberProcess(Process process, string name)
    {
        this.process = process;
        Name = name;
    }

    internal string Name { get; }

    /// <summary>What the member wrote on stderr (its warnings and errors), for failure messages.</summary>
    internal string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
    }

    /// <summary>Starts a member and waits until its subscription is connected.</summary>
    internal static async Task<FleetMemberProcess> StartAsync(string name, IEnumerable<string> arguments)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "MemberCards.Sdk.Iot.Mqtt.FleetHost.dll");
        Assert.True(File.Exists(host), $"the fleet member host was not built next to the tests: {host}");
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

        var process = Process.Start(start) ?? throw new InvalidOperationException("the fleet member did not start");
        var member = new FleetMemberProcess(process, name);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (member.errors)
                {
                    member.errors.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(ready == "ok ready", $"fleet member {name} did not get ready: '{ready}'\n{member.Errors}");
        return member;
    }

    /// <summary>Kills the process at once (no shutdown: unacknowledged messages stay with the broker, claims stay in Redis).</summary>
    internal void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                await process.StandardInput.WriteLineAsync("quit");
                await process.StandardInput.FlushAsync();
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (Exception ex) when (ex is IOException or TimeoutException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }
}
