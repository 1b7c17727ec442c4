namespace MemberCards.Sdk.Iot.Mqtt.FleetHost;

/// <summary>The IoT options a fleet member of the test runs with.</summary>
internal static class FleetMemberDefaults
{
    /// <summary>
    /// How long a claim of a member that died while handling a message holds that msgId (default 2 minutes): short, so that
    /// the message a killed member was handling is handled by another member within the test's time.
    /// </summary>
    public static readonly TimeSpan ProcessingTimeout = TimeSpan.FromSeconds(5);
}
