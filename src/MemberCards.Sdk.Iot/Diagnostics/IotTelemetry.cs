using System.Diagnostics.Metrics;

namespace MemberCards.Sdk.Iot;

/// <summary>
/// The IoT instruments, recorded on the SDK's meter (<see cref="MemberCardsTelemetry.Name"/>) by the MQTT subscription
/// (<c>MemberCards.Sdk.Iot.Mqtt</c>). Every instrument has the tag <c>registration</c> (empty for the default one).
/// </summary>
public static class IotTelemetry
{
    /// <summary>Counter of messages received from the broker.</summary>
    public const string ReceivedInstrument = "membercards.iot.messages.received";

    /// <summary>Counter of messages dispatched and acknowledged (tag <c>outcome</c>: <c>Handled</c>, <c>Unhandled</c>, <c>Ignored</c>).</summary>
    public const string HandledInstrument = "membercards.iot.messages.handled";

    /// <summary>Counter of redeliveries of a message handled before (acknowledged without running a handler).</summary>
    public const string DuplicateInstrument = "membercards.iot.messages.duplicate";

    /// <summary>Counter of malformed or oversized messages (acknowledged, handed to the poison-message handlers).</summary>
    public const string MalformedInstrument = "membercards.iot.messages.malformed";

    /// <summary>Counter of messages left unacknowledged because a handler failed (or another delivery was in progress), for redelivery.</summary>
    public const string FailedInstrument = "membercards.iot.messages.failed";

    /// <summary>Counter of reconnects to the broker (after a drop, a failed connect, or to get unacknowledged messages redelivered).</summary>
    public const string ReconnectsInstrument = "membercards.iot.reconnects";

    internal static readonly Counter<long> Received = MemberCardsTelemetry.Meter.CreateCounter<long>(ReceivedInstrument, description: "IoT messages received.");
    internal static readonly Counter<long> Handled = MemberCardsTelemetry.Meter.CreateCounter<long>(HandledInstrument, description: "IoT messages dispatched and acknowledged.");
    internal static readonly Counter<long> Duplicate = MemberCardsTelemetry.Meter.CreateCounter<long>(DuplicateInstrument, description: "IoT redeliveries of handled messages.");
    internal static readonly Counter<long> Malformed = MemberCardsTelemetry.Meter.CreateCounter<long>(MalformedInstrument, description: "Malformed IoT messages.");
    internal static readonly Counter<long> Failed = MemberCardsTelemetry.Meter.CreateCounter<long>(FailedInstrument, description: "IoT messages left for redelivery.");
    internal static readonly Counter<long> Reconnects = MemberCardsTelemetry.Meter.CreateCounter<long>(ReconnectsInstrument, description: "Reconnects to the MQTT broker.");
}
