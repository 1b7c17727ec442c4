using System.Net;
using System.Net.Sockets;

namespace MemberCards.Sdk.TestHosts;

/// <summary>
/// A TCP forwarder on 127.0.0.1 in front of an emulator that counts the connections it accepts: what a server sees
/// of a client's connection pool (issue 23). Bytes pass unchanged both ways.
/// </summary>
public sealed class ConnectionCountingProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri target;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> connections = [];
    private readonly Task accepting;
    private int accepted;

    private ConnectionCountingProxy(Uri target)
    {
        this.target = target;
        listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    /// <summary>The proxy's address (a merchant's base address).</summary>
    public Uri BaseAddress { get; }

    /// <summary>How many connections were accepted so far.</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>Starts a proxy in front of <paramref name="target"/>.</summary>
    /// <param name="target">The server's address.</param>
    /// <returns>The running proxy.</returns>
    public static ConnectionCountingProxy Start(Uri target) => new(target);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Task[] open;
        lock (connections)
        {
            open = [.. connections];
        }

        await Task.WhenAll([accepting, .. open]).ContinueWith(static _ => { }, TaskScheduler.Default);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            lock (connections)
            {
                connections.Add(ForwardAsync(client));
            }
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using (client)
        {
            try
            {
                await server.ConnectAsync(target.Host, target.Port, stopping.Token);
                await using var fromClient = new NetworkStream(client, ownsSocket: false);
                await using var toServer = new NetworkStream(server, ownsSocket: false);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                var up = CopyAsync(fromClient, toServer, server, either.Token);
                var down = CopyAsync(toServer, fromClient, client, either.Token);
                await Task.WhenAny(up, down);
                await either.CancelAsync();
                await Task.WhenAll(up, down);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                // The proxy stopped or one side closed.
            }
        }
    }

    private static async Task CopyAsync(Stream from, Stream to, Socket toSocket, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
            toSocket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // Either side closed.
        }
    }
}
