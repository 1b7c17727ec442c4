using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Benchmarks.Iot;

/// <summary>
/// Messages per second from publish to handler through the in-process MQTT broker (MQTTnet.Server on 127.0.0.1, the
/// subscription's MQTT 5 client, manual acknowledgement), against parse + de-duplicate + dispatch alone (the same
/// dispatcher and handler, no transport) in the same run. Each operation is one platform sample message (3 KB, every
/// event kind, 8 handler calls) with a fresh msgId; 1,000 messages per invocation, so Mean is per message.
/// </summary>
[MemoryDiagnoser]
public class IotMqttEndToEndBenchmarks
{
    private const int Batch = 1_000;
    private byte[] prefix = [];
    private byte[] suffix = [];
    private long nextId = 1;
    private IotMqttBroker broker = null!;
    private IHost host = null!;
    private IIotEventDispatcher dispatcher = null!;
    private BenchmarkHandledCounter counter = null!;

    [GlobalSetup]
    public void Setup()
    {
        var json = IotSamples.MessageJson;
        var at = json.IndexOf("123132131231", StringComparison.Ordinal);
        prefix = Encoding.UTF8.GetBytes(json[..at]);
        suffix = Encoding.UTF8.GetBytes(json[(at + "123132131231".Length)..]);
        broker = IotMqttBroker.StartAsync().GetAwaiter().GetResult();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<BenchmarkHandledCounter>();
        builder.Services.AddMemberCards()
            .AddIotEvents()
            .AddHandler<CompanyDeleteEvent, BenchmarkHandler>()
            .AddHandler<IotEvent, BenchmarkAnyHandler>()
            .AddMqttSubscription(o =>
            {
                o.Server = IotMqttBroker.Host;
                o.Port = broker.Port;
                o.ClientId = "benchmark";
                o.Topics.Add(IotTopic.SubscriptionFilter("demo-tenant"));
            });
        host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        counter = host.Services.GetRequiredService<BenchmarkHandledCounter>();
        dispatcher = host.Services.GetRequiredService<IIotEventDispatcher>();
        while (broker.ConnectedClientsAsync().GetAwaiter().GetResult().Count == 0)
        {
            Thread.Sleep(20);
        }

        Thread.Sleep(200);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
        broker.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "parse + de-dup + dispatch alone (per message)")]
    public async Task DispatchOnly()
    {
        for (var i = 0; i < Batch; i++)
        {
            await dispatcher.DispatchAsync(IotSamples.Topic, Payload());
        }
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "publish -> in-process broker -> MQTT subscription -> handler (per message)")]
    public async Task EndToEnd()
    {
        var done = counter.Expect(Batch);
        for (var i = 0; i < Batch; i++)
        {
            await broker.PublishAsync(IotSamples.Topic, Payload());
        }

        await done;
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
