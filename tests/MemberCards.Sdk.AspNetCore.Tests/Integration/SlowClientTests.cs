using System.Net;
using System.Net.Sockets;
using System.Text;
using MemberCards.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

/// <summary>
/// A client that goes away before its body is sent (or sends it too slowly) is the client's problem: the shared
/// endpoint skeleton logs it at Debug (event 9009), never as an application error with a stack trace.
/// </summary>
public sealed class SlowClientTests : IAsyncLifetime
{
    private ReceiverHost host = null!;

    public async Task InitializeAsync()
        => host = await ReceiverHost.StartAsync(
            b => b.AddYouzan().Configure(o =>
            {
                o.ClientId = "slow-client-app";
                o.ClientSecret = "slow-client-secret";
            }).AddYouzanRecorder(),
            app => app.MapYouzanPush("/youzan/push"));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Clients_that_abort_their_bodies_are_logged_at_debug_and_never_as_errors()
    {
        for (var i = 0; i < 20; i++)
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, host.BaseAddress.Port);
            var stream = client.GetStream();
            var head = $"POST /youzan/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"client_id\":";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.FlushAsync();
            await Task.Delay(20);
            client.Client.LingerState = new LingerOption(true, 0);
            client.Close();
        }

        // Kestrel notices each reset and the endpoint finishes its read: wait (bounded) until all 20 are logged.
        for (var waited = 0; waited < 100 && host.Logs.Entries.Count(e => e.EventId.Id == 9009) < 20; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(20, host.Logs.Entries.Count(e => e.EventId.Id == 9009));
        Assert.Empty(host.Logs.EventIdsAtOrAbove(LogLevel.Error));
        Assert.Empty(host.Handled.All);
    }
}
