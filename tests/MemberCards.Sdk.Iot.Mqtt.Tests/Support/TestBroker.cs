using MemberCards.Sdk.Testing.Iot;
using MQTTnet;
using MQTTnet.Protocol;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>
/// A broker under test, the in-process emulator or a real mosquitto, with a publisher that survives restarts: a publish
/// that fails (broker down, connection lost) is retried until the broker acknowledges it, so a message may reach the broker
/// twice (the subscriber's de-duplication on msgId makes that harmless), but never zero times.
/// </summary>
internal sealed class TestBroker : IAsyncDisposable
{
    private readonly IotMqttBroker? emulator;
    private readonly PrivateMosquitto? mosquitto;
    private readonly SemaphoreSlim publishGate = new(1, 1);
    private IMqttClient? publisher;

    private TestBroker(string kind, string host, int port, IotMqttBroker? emulator, PrivateMosquitto? mosquitto)
    {
        Kind = kind;
        Host = host;
        Port = port;
        this.emulator = emulator;
        this.mosquitto = mosquitto;
    }

    internal const string InProcess = "in-process";
    internal const string SharedMosquitto = "mosquitto";
    internal const string PrivateMosquittoKind = "private mosquitto";

    internal string Kind { get; }

    internal string Host { get; }

    internal int Port { get; }

    internal IotMqttBroker? Emulator => emulator;

    internal static async Task<TestBroker> StartAsync(string kind)
    {
        switch (kind)
        {
            case InProcess:
                var emulator = await IotMqttBroker.StartAsync();
                return new TestBroker(kind, IotMqttBroker.Host, emulator.Port, emulator, null);
            case SharedMosquitto:
                var (host, port) = TestServers.SharedMosquitto();
                return new TestBroker(kind, host, port, null, null);
            case PrivateMosquittoKind:
                var mosquitto = await PrivateMosquitto.StartAsync();
                return new TestBroker(kind, "127.0.0.1", mosquitto.Port, null, mosquitto);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown broker kind");
        }
    }

    /// <summary>Publishes at QoS 1 until the broker took it.</summary>
    internal async Task PublishAsync(string topic, byte[] payload, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (emulator is not null)
                {
                    await emulator.PublishAsync(topic, payload, 1, cancellationToken);
                    return;
                }

                var client = await PublisherAsync(cancellationToken);
                var result = await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
                if (result.IsSuccess)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (attempt > 400)
                {
                    throw;
                }
            }

            await Task.Delay(25, cancellationToken);
        }
    }

    /// <summary>Restarts the broker: the emulator keeps its sessions in memory, the private mosquitto in its persistence file.</summary>
    internal Task RestartAsync(TimeSpan downtime)
        => emulator is not null ? emulator.RestartAsync(downtime)
            : mosquitto is not null ? mosquitto.RestartAsync(downtime)
            : throw new InvalidOperationException("The shared mosquitto is never restarted by a test; use a private one.");

    public async ValueTask DisposeAsync()
    {
        publisher?.Dispose();
        publishGate.Dispose();
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }

        if (mosquitto is not null)
        {
            await mosquitto.DisposeAsync();
        }
    }

    private async Task<IMqttClient> PublisherAsync(CancellationToken cancellationToken)
    {
        await publishGate.WaitAsync(cancellationToken);
        try
        {
            publisher ??= new MqttClientFactory().CreateMqttClient();
            if (!publisher.IsConnected)
            {
                var options = new MqttClientOptionsBuilder().WithTcpServer(Host, Port).WithClientId("test-publisher-" + Guid.NewGuid().ToString("N")).WithCleanStart(true)
                    .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).WithTimeout(TimeSpan.FromSeconds(2)).Build();

                // Not MQTTnet's 8 KiB: a publisher with a 16 KB window cannot outrun a subscriber, and the throughput test
                // needs a backlog at the broker.
                ((MqttClientTcpOptions)options.ChannelOptions).BufferSize = 1024 * 1024;
                await publisher.ConnectAsync(options, cancellationToken);
            }

            return publisher;
        }
        finally
        {
            publishGate.Release();
        }
    }
}
