using MemberCards.Sdk;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Mqtt;
using MemberCards.Sdk.Iot.Mqtt.FleetHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// One member of a consumer fleet: subscribes in a shared group with its own instance name, claims each msgId in Redis,
// writes what it handled to a file, prints "ok ready" once the subscription is connected, and runs until stdin closes
// or it is killed.
var settings = FleetMemberSettings.Parse(args);
var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Logging.AddFilter(_ => true);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
using var file = new HandledFile(settings.HandledFile, settings.InstanceName);
builder.Services.AddSingleton(file);
builder.Services.AddMemberCards()
    .UseRedis(settings.Redis, o => o.KeyPrefix = settings.KeyPrefix)
    .AddIotEvents(settings.Tenant)
    .Configure(o => o.ProcessingTimeout = FleetMemberDefaults.ProcessingTimeout)
    .AddHandler<IotEvent, RecordingHandler>()
    .AddMqttSubscription(o =>
    {
        o.Server = settings.BrokerHost;
        o.Port = settings.BrokerPort;
        o.ClientId = settings.ClientId;
        o.SharedGroup = settings.SharedGroup;
        o.InstanceName = settings.InstanceName;
        o.Topics.Add(IotTopic.SubscriptionFilter(settings.Tenant));
        o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
        o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(400);
        o.KeepAlive = TimeSpan.FromSeconds(5);
        o.ConnectTimeout = TimeSpan.FromSeconds(3);
    });
using var host = builder.Build();
await host.StartAsync().ConfigureAwait(false);

var health = host.Services.GetRequiredService<IotMqttHealthCheck>();
var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
HealthCheckResult result;
while ((result = await health.CheckHealthAsync(new HealthCheckContext()).ConfigureAwait(false)).Status != HealthStatus.Healthy)
{
    if (DateTime.UtcNow > deadline)
    {
        Console.Out.WriteLine("error the subscription did not connect: " + result.Description);
        return 1;
    }

    await Task.Delay(50).ConfigureAwait(false);
}

Console.Out.WriteLine("ok ready");
Console.Out.Flush();
while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line && line != "quit")
{
}

await host.StopAsync().ConfigureAwait(false);
return 0;
