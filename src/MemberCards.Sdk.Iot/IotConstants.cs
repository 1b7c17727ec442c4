namespace MemberCards.Sdk.Iot;

/// <summary>The IoT service's names and wire facts in one place (the topic's shape is in <see cref="IotTopic"/>).</summary>
public static class IotConstants
{
    /// <summary>The service name: the configuration key under <c>MemberCards</c> (<c>MemberCards:Iot</c>), the registration service and the telemetry tag.</summary>
    public const string ServiceName = "Iot";

    /// <summary>The prefix of every de-duplication key: <c>iot:{tenant}/{project}:{msgId}</c>.</summary>
    internal const string DeduplicationKeyPrefix = "iot:";
}
