using System.Globalization;
using MemberCards.Sdk.Iot.Mqtt;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>
/// A host as a user writes it: AddMemberCards().AddIotEvents().AddHandler(...).AddMqttSubscription(...), with a
/// stable client id and fast reconnects, subscribed to the topics of one tenant of its own (tests share the broker);
/// the registration is named after the tenant, so its metrics (tag <c>registration</c>) are this test's only.
/// </summary>
internal sealed class Subscriber : IAsyncDisposable
{
    private Subscriber(IHost host, string tenant, HandledMessages handled)
    {
        Host = host;
        Tenant = tenant;
        Handled = handled;
    }

    internal IHost Host { get; }

    internal string Tenant { get; }

    internal string Topic => TopicOf(Tenant);

    internal HandledMessages Handled { get; }

    internal static async Task<Subscriber> StartAsync(TestBroker broker, HandledMessages? handled = null, string? tenant = null, string? clientId = null, TimeSpan? shutdownTimeout = null, Action<IotMqttOptions>? configure = null, LogRecorder? logs = null)
    {
        tenant ??= "t" + Guid.NewGuid().ToString("N")[..12];
        handled ??= new HandledMessages();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("MemberCards", LogLevel.Warning);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout ?? TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton(handled);
        builder.Services.AddMemberCards()
            .AddIotEvents(tenant)
            .AddHandler<IotEvent, RecordingHandler>()
            .AddMqttPoisonMessageHandler<RecordingPoisonHandler>()
            .AddMqttSubscription(o =>
            {
                o.Server = broker.Host;
                o.Port = broker.Port;
                o.ClientId = clientId ?? "subscriber-" + tenant;
                o.Topics.Add(IotTopic.SubscriptionFilter(tenant));
                o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
                o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(400);
                o.KeepAlive = TimeSpan.FromSeconds(5);
                o.ConnectTimeout = TimeSpan.FromSeconds(3);
                configure?.Invoke(o);
            });
        var host = builder.Build();
        await host.StartAsync();
        var subscriber = new Subscriber(host, tenant, handled);
        await subscriber.WaitConnectedAsync();
        return subscriber;
    }

    /// <summary>Waits until the health check reports the subscription connected.</summary>
    internal async Task WaitConnectedAsync()
    {
        var health = Host.Services.GetRequiredService<IotMqttHealthCheck>();
        var status = string.Empty;
        await HandledMessages.WaitUntilAsync(
            () =>
            {
                var result = health.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext()).GetAwaiter().GetResult();
                status = result.Description ?? string.Empty;
                return result.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;
            },
            TimeSpan.FromSeconds(15),
            () => "the subscription did not connect: " + status);
    }

    /// <summary>The topic the platform publishes a tenant's messages on (the subscription's filter matches it).</summary>
    internal static string TopicOf(string tenant) => $"{tenant}/proj_1080446148159139840/v1-business-customer";

    /// <summary>A small valid message (one companyDelete event) with the given msgId.</summary>
    internal static byte[] Message(long id) => new IotMessageBuilder().WithMessageId(id).Add(new CompanyDeleteEvent { Ids = [1090560337592619000 + id] }).ToBytes();

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        finally
        {
            Host.Dispose();
        }
    }
}
