// IoT customer events without a broker: the seed sample message and a built customerAdd go through the
// dispatcher (topic, parse, de-duplicate on msgId, typed handlers), as an MQTT client or HTTP bridge would feed it.
using MemberCards.Sdk;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddMemberCards()
    .AddIotEvents()
    .AddHandler<CustomerAddEvent, PrintCustomerAdd>()
    .AddHandler<IotEvent, PrintAnyEvent>();
await using var provider = services.BuildServiceProvider();
var dispatcher = provider.GetRequiredService<IIotEventDispatcher>();

var sample = await dispatcher.DispatchAsync(IotSamples.Topic, IotSamples.MessageBytes());
Console.WriteLine($"seed sample         {sample}");

var payload = new IotMessageBuilder().Add(new CustomerAddEvent { Id = 1090560337592619001, Name = "张三", Phone = "13800001111" }).ToBytes();
Console.WriteLine($"customerAdd         {await dispatcher.DispatchAsync(IotSamples.Topic, payload)}");
Console.WriteLine($"redelivered         {await dispatcher.DispatchAsync(IotSamples.Topic, payload)}");

internal sealed class PrintCustomerAdd : IIotMessageHandler<CustomerAddEvent>
{
    public Task HandleAsync(CustomerAddEvent @event, IotMessageContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  customer added    {@event.Id} {@event.Name} {Redaction.Phone(@event.Phone)} on {context.Topic}");
        return Task.CompletedTask;
    }
}

internal sealed class PrintAnyEvent : IIotMessageHandler<IotEvent>
{
    public Task HandleAsync(IotEvent @event, IotMessageContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  event             {@event.Key}");
        return Task.CompletedTask;
    }
}
