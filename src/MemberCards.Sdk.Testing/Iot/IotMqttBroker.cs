using System.Net.Sockets;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace MemberCards.Sdk.Testing.Iot;

/// <summary>
/// The IoT platform's side of MQTT for tests and <c>membercards emulate</c>: a real MQTT 3.1.1/5 broker (MQTTnet.Server)
/// in this process on 127.0.0.1 with an ephemeral port (or a given one), with persistent sessions, that publishes the platform's messages
/// (<see cref="PublishSeedAsync"/>, <see cref="PublishAsync(string, ReadOnlyMemory{byte}, int, CancellationToken)"/>) and can
/// be restarted (<see cref="RestartAsync"/>: sessions and their unacknowledged messages survive, as on a broker with
/// persistence) or drop every connection (<see cref="DropConnectionsAsync"/>). It records which messages subscribers acknowledged.
/// It accepts shared subscriptions (<c>$share/{group}/{filter}</c>, which MQTTnet's broker refuses by itself): each matching
/// message goes to one connected member of the group in turn, ordinary subscribers still get their copy, and the messages a
/// member held unacknowledged go to another member when it disconnects (not while the broker restarts).
/// </summary>
public sealed class IotMqttBroker : IAsyncDisposable
{
    /// <summary>The address the broker listens on.</summary>
    public const string Host = "127.0.0.1";

    private const string SenderClientId = "membercards-iot-emulator";
    private readonly MqttServer server;
    private readonly ConcurrentQueue<string> acknowledged = new();
    private readonly SharedSubscriptions shared;
    private long published;
    private long acknowledgedCount;

    private IotMqttBroker(MqttServer server, int port)
    {
        this.server = server;
        Port = port;
        shared = new SharedSubscriptions(server);
        server.ClientAcknowledgedPublishPacketAsync += e =>
        {
            Interlocked.Increment(ref acknowledgedCount);
            if (ReadMessageId(e.PublishPacket.Payload) is { } id)
            {
                acknowledged.Enqueue(id);
            }

            return Task.CompletedTask;
        };
        server.ClientSubscribedTopicAsync += e =>
        {
            if (PublishSeedOnSubscribe && e.ClientId != SenderClientId)
            {
                // After the SUBACK: the subscriber gets the seed's events on IotSamples.Topic when its filter matches.
                _ = Task.Run(async () =>
                {
                    await Task.Delay(50).ConfigureAwait(false);
                    await PublishSeedAsync().ConfigureAwait(false);
                });
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// When <see langword="true"/>, every subscription a client makes is answered with the seed's events
    /// (<see cref="PublishSeedAsync"/> on <see cref="IotSamples.Topic"/>), so a host pointed at <c>membercards emulate</c>
    /// receives messages at once; a reconnect gets them again (same <c>msgId</c>s: its de-duplication skips them). Default off.
    /// </summary>
    public bool PublishSeedOnSubscribe { get; set; }

    /// <summary>The TCP port on <see cref="Host"/>.</summary>
    public int Port { get; }

    /// <summary><c>127.0.0.1:port</c>.</summary>
    public string Address => $"{Host}:{Port}";

    /// <summary>How many messages <see cref="PublishAsync(string, ReadOnlyMemory{byte}, int, CancellationToken)"/> published.</summary>
    public long PublishedCount => Interlocked.Read(ref published);

    /// <summary>How many QoS 1/2 deliveries subscribers acknowledged (a redelivery acknowledged again counts again).</summary>
    public long AcknowledgedCount => Interlocked.Read(ref acknowledgedCount);

    /// <summary>The <c>msgId</c> of every acknowledged delivery, in order (until <see cref="ClearRecords"/>).</summary>
    public IReadOnlyCollection<string> AcknowledgedMessageIds => acknowledged;

    /// <summary>Starts a broker on 127.0.0.1 with a free port.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running broker.</returns>
    public static Task<IotMqttBroker> StartAsync(CancellationToken cancellationToken = default) => StartAsync(0, cancellationToken);

    /// <summary>
    /// Starts a broker on 127.0.0.1 on <paramref name="port"/>, or on a free port when it is 0. A fixed port lets a
    /// restarted emulator keep the address its clients retry (<c>membercards emulate</c> keeps the port of an
    /// <c>--out</c> folder).
    /// </summary>
    /// <param name="port">The TCP port, or 0 for a free one.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running broker.</returns>
    /// <exception cref="SocketException">A fixed <paramref name="port"/> is in use.</exception>
    public static async Task<IotMqttBroker> StartAsync(int port, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chosen = port == 0 ? FreePort() : port;
            var options = new MqttServerOptionsBuilder()
                .WithDefaultEndpoint()
                .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
                .WithDefaultEndpointPort(chosen)
                .WithPersistentSessions()
                .WithMaxPendingMessagesPerClient(1_000_000)
                .Build();
            var server = new MqttServerFactory().CreateMqttServer(options);
            try
            {
                await server.StartAsync().ConfigureAwait(false);
                return new IotMqttBroker(server, chosen);
            }
            catch (SocketException) when (port == 0 && attempt < 5)
            {
                server.Dispose();
            }
            catch
            {
                server.Dispose();
                throw;
            }
        }
    }

    /// <summary>Publishes one message from the platform, as the platform does (retain off).</summary>
    /// <param name="topic">The topic, such as <see cref="IotSamples.Topic"/>.</param>
    /// <param name="payload">The payload bytes, sent unchanged.</param>
    /// <param name="qualityOfService">0, 1 (default) or 2.</param>
    /// <param name="cancellationToken">Cancels the publish.</param>
    /// <returns>A task that completes when the broker accepted the message.</returns>
    public async Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, int qualityOfService = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentOutOfRangeException.ThrowIfNegative(qualityOfService);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(qualityOfService, 2);
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload.ToArray())
            .WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qualityOfService)
            .Build();
        await server.InjectApplicationMessage(new InjectedMqttApplicationMessage(message) { SenderClientId = SenderClientId }, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref published);
    }

    /// <summary>Publishes one built message.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the publish.</param>
    /// <returns>A task that completes when the broker accepted the message.</returns>
    public Task PublishAsync(string topic, IotMessageBuilder message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PublishAsync(topic, message.ToBytes(), cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Publishes the seed's events at QoS 1: the platform's sample message (every kind in one message) and then one
    /// message per event kind with 64-bit ids (<see cref="IotSamples.EveryKind"/>).
    /// </summary>
    /// <param name="topic">The topic (default <see cref="IotSamples.Topic"/>).</param>
    /// <param name="cancellationToken">Cancels the publishing.</param>
    /// <returns>How many messages were published (9).</returns>
    public async Task<int> PublishSeedAsync(string topic = IotSamples.Topic, CancellationToken cancellationToken = default)
    {
        await PublishAsync(topic, IotSamples.MessageBytes(), cancellationToken: cancellationToken).ConfigureAwait(false);
        var messages = IotSamples.EveryKind();
        foreach (var message in messages)
        {
            await PublishAsync(topic, message, cancellationToken).ConfigureAwait(false);
        }

        return messages.Count + 1;
    }

    /// <summary>
    /// Stops the broker (every client is disconnected), waits <paramref name="downtime"/> while connections are refused,
    /// and starts it again on the same port. Persistent sessions, their subscriptions and their queued or unacknowledged
    /// messages survive, as on a broker with persistence.
    /// </summary>
    /// <param name="downtime">How long the broker stays down.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the broker listens again.</returns>
    public async Task RestartAsync(TimeSpan downtime = default, CancellationToken cancellationToken = default)
    {
        shared.Suspended = true;
        try
        {
            await server.StopAsync(new MqttServerStopOptions()).ConfigureAwait(false);
            if (downtime > TimeSpan.Zero)
            {
                await Task.Delay(downtime, cancellationToken).ConfigureAwait(false);
            }

            await server.StartAsync().ConfigureAwait(false);
        }
        finally
        {
            shared.Suspended = false;
        }
    }

    /// <summary>Disconnects every client (as a network drop would); the broker keeps running and their sessions stay.</summary>
    /// <param name="cancellationToken">Stops before the next client.</param>
    /// <returns>How many clients were disconnected.</returns>
    public async Task<int> DropConnectionsAsync(CancellationToken cancellationToken = default)
    {
        var clients = await server.GetClientsAsync().ConfigureAwait(false);
        var options = new MqttServerClientDisconnectOptions { ReasonCode = MqttDisconnectReasonCode.AdministrativeAction, ReasonString = "dropped by the emulator" };
        foreach (var client in clients)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await client.DisconnectAsync(options).ConfigureAwait(false);
        }

        return clients.Count;
    }

    /// <summary>The ids of the clients connected now.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The client ids.</returns>
    public async Task<IReadOnlyList<string>> ConnectedClientsAsync(CancellationToken cancellationToken = default)
        => [.. (await server.GetClientsAsync().WaitAsync(cancellationToken).ConfigureAwait(false)).Select(static c => c.Id)];

    /// <summary>Forgets the recorded acknowledgements and counts.</summary>
    public void ClearRecords()
    {
        acknowledged.Clear();
        Interlocked.Exchange(ref acknowledgedCount, 0);
        Interlocked.Exchange(ref published, 0);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (server.IsStarted)
        {
            await server.StopAsync(new MqttServerStopOptions()).ConfigureAwait(false);
        }

        server.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? ReadMessageId(System.Buffers.ReadOnlySequence<byte> payload)
    {
        try
        {
            var reader = new Utf8JsonReader(payload);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("msgId"u8);
                reader.Read();
                if (isId)
                {
                    return reader.TokenType == JsonTokenType.Number
                        ? reader.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
        }

        return null;
    }
}
