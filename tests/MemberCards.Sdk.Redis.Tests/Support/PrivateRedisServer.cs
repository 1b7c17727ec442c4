using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MemberCards.Sdk.Redis.Tests.Support;

/// <summary>
/// A redis-server of this test alone (from <c>MEMBERCARDS_REDIS_SERVER</c>, on a free loopback port, persistence off)
/// that the test may kill and start again on the same port.
/// </summary>
internal sealed class PrivateRedisServer : IAsyncDisposable
{
    private readonly string binary;
    private readonly string directory;
    private Process? process;

    private PrivateRedisServer(string binary, int port)
    {
        this.binary = binary;
        Port = port;
        directory = Directory.CreateTempSubdirectory("membercards-redis-").FullName;
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public static async Task<PrivateRedisServer> StartAsync()
    {
        var server = new PrivateRedisServer(RedisTestServer.Binary, FreePort());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on its port and waits until it accepts connections.</summary>
    public async Task RestartAsync()
    {
        Assert.Null(process);
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", string.Empty, "--appendonly", "no", "--dir", directory, "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        Assert.Fail($"the private redis-server on port {Port} did not accept connections within 10 s");
    }

    /// <summary>Kills the server (SIGKILL: no goodbye to the clients) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        var running = process ?? throw new InvalidOperationException("not running");
        running.Kill(entireProcessTree: true);
        await running.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        running.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            await KillAsync();
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
