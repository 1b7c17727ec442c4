using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>
/// A mosquitto of this test only, on a free loopback port, with persistence on: a restart (SIGTERM, which makes
/// mosquitto save its database, then start again) keeps the persistent sessions, their subscriptions and their queued
/// and unacknowledged messages, as a production broker configured for at-least-once delivery does.
/// <c>max_queued_messages 0</c> lifts the default limit of 1000 queued messages per client, beyond which mosquitto drops QoS 1 messages.
/// </summary>
internal sealed class PrivateMosquitto : IAsyncDisposable
{
    private readonly string binary;
    private readonly string folder;
    private Process? process;

    private PrivateMosquitto(string binary, string folder, int port)
    {
        this.binary = binary;
        this.folder = folder;
        Port = port;
    }

    internal int Port { get; }

    internal string LogFile => Path.Combine(folder, "mosquitto.log");

    internal static async Task<PrivateMosquitto> StartAsync()
    {
        var binary = TestServers.MosquittoBinary();
        var folder = Directory.CreateTempSubdirectory("membercards-mosquitto-").FullName;
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "mosquitto.conf"), string.Join('\n',
            "user root",
            $"listener {port} 127.0.0.1",
            "allow_anonymous true",
            "persistence true",
            $"persistence_location {folder}/",
            "autosave_interval 1800",
            "max_queued_messages 0",
            "max_inflight_messages 100",
            $"log_dest file {folder}/mosquitto.log",
            string.Empty));
        var broker = new PrivateMosquitto(binary, folder, port);
        await broker.LaunchAsync();
        return broker;
    }

    /// <summary>Stops mosquitto gracefully (it saves its database), waits <paramref name="downtime"/>, and starts it again on the same port.</summary>
    internal async Task RestartAsync(TimeSpan downtime)
    {
        await StopAsync();
        await Task.Delay(downtime);
        await LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task LaunchAsync()
    {
        process = Process.Start(new ProcessStartInfo(binary, ["-c", Path.Combine(folder, "mosquitto.conf")]) { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException($"{binary} did not start.");
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"mosquitto exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()} {ReadLog()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"mosquitto did not listen on {Port} within 5 s: {ReadLog()}");
    }

    private async Task StopAsync()
    {
        if (process is not { HasExited: false } running)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", running.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await running.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            running.Kill();
        }

        running.Dispose();
        process = null;
    }

    private string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log)";
}
