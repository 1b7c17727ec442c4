using System.Buffers;

namespace MemberCards.Sdk.Testing.Iot;

/// <summary>A message handed to one member of a shared group and not yet acknowledged by it.</summary>
/// <param name="Message">The message as the broker dispatched it.</param>
/// <param name="Group">The group the member received it for.</param>
/// <param name="Key">Topic and payload, to match the member's PUBACK with it.</param>
internal sealed record SharedDelivery(MqttApplicationMessage Message, SharedGroup Group, string Key)
{
    /// <summary>The key of a message: its topic and payload (a PUBACK names only the packet the member received).</summary>
    public static string KeyOf(string topic, ReadOnlySequence<byte> payload)
        => topic + "\n" + Convert.ToBase64String(payload.IsSingleSegment ? payload.FirstSpan : payload.ToArray());
}
