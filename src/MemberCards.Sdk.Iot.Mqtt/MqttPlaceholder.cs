namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>Marks the assembly until its first type lands.</summary>
internal static class MqttPlaceholder
{
}
