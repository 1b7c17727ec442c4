using System.Net;
using System.Net.Sockets;
using MemberCards.Sdk.Iot.Mqtt.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Integration;

/// <summary>Issue 22 part 4: the texts of logs 5052 and 5063 say which subscription and what is really lost; 5066 warns of a password sent in clear.</summary>
public sealed class SubscriptionLogTests
{
    private static IHost Build(string? name, int port, LogRecorder logs, bool persistent = true, Action<IotMqttOptions>? more = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(new HandledMessages());
        var iot = name is null ? builder.Services.AddMemberCards().AddIotEvents() : builder.Services.AddMemberCards().AddIotEvents(name);
        iot.AddHandler<IotEvent, RecordingHandler>()
            .AddMqttSubscription(o =>
            {
                o.Server = "127.0.0.1";
                o.Port = port;
                o.ClientId = "logs-" + Guid.NewGuid().ToString("N")[..8];
                o.Topics.Add(IotTopic.SubscriptionFilter("acme"));
                o.PersistentSession = persistent;
                o.ConnectTimeout = TimeSpan.FromSeconds(2);
                o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
                o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
                more?.Invoke(o);
            });
        return builder.Build();
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Theory]
    [InlineData(null, "(default)")]
    [InlineData("north", "north")]
    public async Task A_failed_connect_names_the_subscription_as_the_connected_log_does(string? name, string label)
    {
        var logs = new LogRecorder();
        var port = ClosedPort();
        using var host = Build(name, port, logs);

        await host.StartAsync();
        await HandledMessages.WaitUntilAsync(() => logs.Entries.Any(e => e.EventId == 5052), TimeSpan.FromSeconds(15), () => "no 5052 logged");
        await host.StopAsync();

        var failed = logs.Entries.First(e => e.EventId == 5052);
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.StartsWith($"IoT MQTT subscription {label} could not connect to 127.0.0.1:{port}; retrying in ", failed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("subscription  could", failed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_persistent_session_the_warning_says_that_everything_missed_during_a_disconnect_is_lost()
    {
        var logs = new LogRecorder();
        using var host = Build("south", ClosedPort(), logs, persistent: false);

        await host.StartAsync();
        await HandledMessages.WaitUntilAsync(() => logs.Entries.Any(e => e.EventId == 5063), TimeSpan.FromSeconds(15), () => "no 5063 logged");
        await host.StopAsync();

        var warning = logs.Entries.First(e => e.EventId == 5063);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.StartsWith("IoT MQTT subscription south uses a session that is not persistent: ", warning.Text, StringComparison.Ordinal);
        Assert.Contains("every message published while it is disconnected", warning.Text, StringComparison.Ordinal);
        Assert.Contains("every message received but not yet acknowledged is lost", warning.Text, StringComparison.Ordinal);
        Assert.Contains("Mqtt:PersistentSession", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_persistent_session_there_is_no_such_warning()
    {
        var logs = new LogRecorder();
        using var host = Build("east", ClosedPort(), logs);

        await host.StartAsync();
        await HandledMessages.WaitUntilAsync(() => logs.Entries.Any(e => e.EventId == 5052), TimeSpan.FromSeconds(15), () => "no 5052 logged");
        await host.StopAsync();

        Assert.DoesNotContain(logs.Entries, e => e.EventId == 5063);
    }

    [Theory]
    [InlineData("192.0.2.1", false, true)]
    [InlineData("192.0.2.1", true, false)]
    [InlineData("127.0.0.1", false, false)]
    [InlineData("localhost", false, false)]
    public async Task A_password_sent_without_TLS_to_a_broker_off_this_machine_is_warned_of_without_the_password(string server, bool tls, bool warned)
    {
        var logs = new LogRecorder();
        using var host = Build("west", ClosedPort(), logs, more: o =>
        {
            o.Server = server;
            o.UseTls = tls;
            o.Username = "bridge";
            o.Password = "Secret-Mqtt-Password";
        });

        await host.StartAsync();
        await HandledMessages.WaitUntilAsync(() => logs.Entries.Any(e => e.EventId is 5051 or 5052), TimeSpan.FromSeconds(15), () => "no 5051 or 5052 logged");
        await host.StopAsync();

        var warnings = logs.Entries.Where(e => e.EventId == 5066).ToList();
        Assert.Equal(warned ? 1 : 0, warnings.Count);
        Assert.DoesNotContain(logs.Entries, e => e.Text.Contains("Secret-Mqtt-Password", StringComparison.Ordinal));
        foreach (var warning in warnings)
        {
            Assert.Equal(LogLevel.Warning, warning.Level);
            Assert.Equal("IoT MQTT subscription west sends its password to 192.0.2.1 without TLS: anyone on the network path can read it (set Mqtt:UseTls, usually with port 8883).", warning.Text);
        }
    }
}
