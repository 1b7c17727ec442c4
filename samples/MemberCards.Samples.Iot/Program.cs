// IoT customer events over MQTT, for real: a host subscribes with AddMqttSubscription and handles typed events.
// With no broker configured it starts the SDK's emulator broker (a real MQTT broker in this process on 127.0.0.1),
// which answers the subscription with the seed's events; point it at your broker with MemberCards:Iot:Mqtt:*
// (environment variables MemberCards__Iot__Mqtt__Server, __Port, __ClientId, __Topics__0 ...). Ctrl+C stops it.
using MemberCards.Sdk;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
var configured = builder.Configuration.GetSection("MemberCards:Iot:Mqtt:Server").Exists();
await using var emulator = configured ? null : await IotMqttBroker.StartAsync();
if (emulator is not null)
{
    emulator.PublishSeedOnSubscribe = true;
    Console.WriteLine($"No MemberCards:Iot:Mqtt:Server configured: using the emulator broker on {emulator.Address}.");
}

builder.Services.AddMemberCards(builder.Configuration.GetSection("MemberCards"))
    .AddIotEvents()
    .AddHandler<CustomerAddEvent, PrintCustomerAdd>()
    .AddHandler<IotEvent, PrintAnyEvent>()
    .AddMqttSubscription(o =>
    {
        if (emulator is not null)
        {
            o.Server = IotMqttBroker.Host;
            o.Port = emulator.Port;
            o.ClientId = "membercards-samples-iot";
            o.Topics.Add(IotTopic.SubscriptionFilter("demo-tenant"));
        }
    });

using var host = builder.Build();
await host.RunAsync();

internal sealed class PrintCustomerAdd : IIotMessageHandler<CustomerAddEvent>
{
    public Task HandleAsync(CustomerAddEvent message, IotMessageContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  customer added    {message.Id} {message.Name} {Redaction.Phone(message.Phone)} on {context.Topic} (msgId {context.MessageId})");
        return Task.CompletedTask;
    }
}

internal sealed class PrintAnyEvent : IIotMessageHandler<IotEvent>
{
    public Task HandleAsync(IotEvent message, IotMessageContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  event             {message.Key} of msgId {context.MessageId}");
        return Task.CompletedTask;
    }
}
