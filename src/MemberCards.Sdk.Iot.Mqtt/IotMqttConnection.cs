namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>One connection: ends when the broker drops it or a message asks for a redelivery.</summary>
internal sealed class IotMqttConnection
{
    private TimeSpan? redeliveryDelay;
    private readonly object gate = new();

    internal TaskCompletionSource<string> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal TimeSpan? RedeliveryDelay
    {
        get
        {
            lock (gate)
            {
                return redeliveryDelay;
            }
        }
    }

    internal void RequestRedelivery(TimeSpan delay)
    {
        lock (gate)
        {
            redeliveryDelay ??= delay;
        }

        Ended.TrySetResult("redelivery");
    }

    internal void End(string reason) => Ended.TrySetResult(reason);
}
