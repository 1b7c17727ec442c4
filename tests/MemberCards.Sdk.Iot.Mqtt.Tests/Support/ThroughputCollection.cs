namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>Runs the throughput test alone: its rate bound is for a machine that is not also running the other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThroughputCollection
{
    internal const string Name = "IoT MQTT throughput";
}
