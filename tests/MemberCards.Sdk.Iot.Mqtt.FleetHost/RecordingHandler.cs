namespace MemberCards.Sdk.Iot.Mqtt.FleetHost;

/// <summary>Records every handled event's msgId in the member's file.</summary>
internal sealed class RecordingHandler(HandledFile file) : IIotMessageHandler<IotEvent>
{
    public Task HandleAsync(IotEvent message, IotMessageContext context, CancellationToken cancellationToken)
    {
        file.Record(context.MessageId ?? "(none)");
        return Task.CompletedTask;
    }
}
