using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Mqtt;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace MemberCards.Sdk.Benchmarks.Iot;

/// <summary>
/// Messages per second from publish to handler through a broker on 127.0.0.1 (the in-process MQTTnet.Server, or the
/// mosquitto of <c>MEMBERCARDS_MQTT</c> as build/test.sh exports it), with the subscription's socket buffers at MQTTnet's
/// 8 KiB and at the SDK's default (issue 22: 8 KiB stalled a backlog at about 50 msg/s), against parse + de-duplicate +
/// dispatch alone (the same dispatcher and handler, no transport) in the same run. Each operation is one platform sample
/// message (3 KB, every event kind, 8 handler calls) with a fresh msgId; 1,000 messages per invocation, so Mean is per
/// message and the Op/s column is messages per second. On mosquitto the 1,000 QoS 1 publishes of an invocation are all
/// in flight at once, so that the broker holds a backlog for the subscription, as a busy platform makes it do.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class IotMqttEndToEndBenchmarks
{
    private const int Batch = 1_000;
    private const string InProcess = "in-process";
    private const string Mosquitto = "mosquitto";
    private byte[] prefix = [];
    private byte[] suffix = [];
    private long nextId = 1;
    private IotMqttBroker? broker;
    private IMqttClient? publisher;
    private IHost host = null!;
    private IIotDispatcher dispatcher = null!;
    private BenchmarkHandledCounter counter = null!;
    private string topic = IotSamples.Topic;

    /// <summary>The broker: the in-process emulator or the shared mosquitto.</summary>
    [Params(InProcess, Mosquitto)]
    public string Broker { get; set; } = InProcess;

    /// <summary>The subscription's <see cref="IotMqttOptions.SocketBufferSize"/>: MQTTnet's own 8 KiB, or the SDK's default.</summary>
    [Params(8 * 1024, IotMqttOptions.DefaultSocketBufferSize)]
    public int SocketBufferSize { get; set; } = IotMqttOptions.DefaultSocketBufferSize;

    [GlobalSetup]
    public void Setup()
    {
        var json = IotSamples.MessageJson;
        var at = json.IndexOf("123132131231", StringComparison.Ordinal);
        prefix = Encoding.UTF8.GetBytes(json[..at]);
        suffix = Encoding.UTF8.GetBytes(json[(at + "123132131231".Length)..]);
        string server;
        int port;
        if (Broker == Mosquitto)
        {
            (server, port) = MosquittoAddress();
        }
        else
        {
            broker = IotMqttBroker.StartAsync().GetAwaiter().GetResult();
            (server, port) = (IotMqttBroker.Host, broker.Port);
        }

        // A fresh client id and tenant per run: nothing queued by an earlier run on the shared mosquitto reaches this one.
        var tenant = "bench" + Guid.NewGuid().ToString("N")[..8];
        topic = $"{tenant}/proj_1080446148159139840/v1-business-customer";
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<BenchmarkHandledCounter>();
        builder.Services.AddMemberCards()
            .AddIotEvents()
            .AddHandler<CompanyDeleteEvent, BenchmarkHandler>()
            .AddHandler<IotEvent, BenchmarkAnyHandler>()
            .AddMqttSubscription(o =>
            {
                o.Server = server;
                o.Port = port;
                o.ClientId = "benchmark-" + tenant;
                o.PersistentSession = false;
                o.SocketBufferSize = SocketBufferSize;
                o.Topics.Add(IotTopic.SubscriptionFilter(tenant));
            });
        host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        counter = host.Services.GetRequiredService<BenchmarkHandledCounter>();
        dispatcher = host.Services.GetRequiredService<IIotDispatcher>();
        var health = host.Services.GetRequiredService<IotMqttHealthCheck>();
        while (health.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext()).GetAwaiter().GetResult().Status != Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
        {
            Thread.Sleep(20);
        }

        if (Broker == Mosquitto)
        {
            publisher = new MqttClientFactory().CreateMqttClient();
            var options = new MqttClientOptionsBuilder().WithTcpServer(server, port).WithClientId("benchmark-publisher-" + tenant).WithCleanStart(true)
                .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build();
            ((MqttClientTcpOptions)options.ChannelOptions).BufferSize = IotMqttOptions.DefaultSocketBufferSize;
            publisher.ConnectAsync(options).GetAwaiter().GetResult();
        }

        Thread.Sleep(200);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
        publisher?.Dispose();
        broker?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "parse + de-dup + dispatch alone (per message)")]
    public async Task DispatchOnly()
    {
        for (var i = 0; i < Batch; i++)
        {
            await dispatcher.DispatchAsync(topic, Payload());
        }
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "publish -> broker -> MQTT subscription -> handler (per message)")]
    public async Task EndToEnd()
    {
        var done = counter.Expect(Batch);
        if (publisher is not null)
        {
            var publishes = new Task[Batch];
            for (var i = 0; i < Batch; i++)
            {
                var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(Payload()).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
                publishes[i] = publisher.PublishAsync(message);
            }

            await Task.WhenAll(publishes);
        }
        else
        {
            for (var i = 0; i < Batch; i++)
            {
                await broker!.PublishAsync(topic, Payload());
            }
        }

        await done;
    }

    private static (string Server, int Port) MosquittoAddress()
    {
        var address = Environment.GetEnvironmentVariable("MEMBERCARDS_MQTT");
        var colon = address?.LastIndexOf(':') ?? -1;
        if (address is null || colon <= 0 || !int.TryParse(address.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            throw new InvalidOperationException("MEMBERCARDS_MQTT (host:port of a mosquitto broker) is not set: `source build/lib/services.bash && services_start` first, or `mosquitto -p 1883` and MEMBERCARDS_MQTT=127.0.0.1:1883.");
        }

        return (address[..colon], port);
    }

    private byte[] Payload()
    {
        var id = Encoding.ASCII.GetBytes((Interlocked.Increment(ref nextId) + 9_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return [.. prefix, .. id, .. suffix];
    }
}

/// <summary>Counts handled messages (one companyDelete per sample message) and completes when a batch is in.</summary>
public sealed class BenchmarkHandledCounter
{
    private int remaining;
    private TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal Task Expect(int count)
    {
        done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref remaining, count);
        return done.Task;
    }

    internal void One()
    {
        if (Interlocked.Decrement(ref remaining) == 0)
        {
            done.TrySetResult();
        }
    }
}

/// <summary>Counts the message (companyDelete is in every sample message, once).</summary>
public sealed class BenchmarkHandler(BenchmarkHandledCounter counter) : IIotMessageHandler<CompanyDeleteEvent>
{
    public Task HandleAsync(CompanyDeleteEvent message, IotMessageContext context, CancellationToken cancellationToken)
    {
        counter.One();
        return Task.CompletedTask;
    }
}

/// <summary>A handler for every event, as a host that logs or forwards all of them has.</summary>
public sealed class BenchmarkAnyHandler : IIotMessageHandler<IotEvent>
{
    public Task HandleAsync(IotEvent message, IotMessageContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
