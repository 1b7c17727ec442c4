namespace MemberCards.Sdk.Iot.Dispatching;

/// <summary>Marks an options name registered with <c>AddIotEvents</c>.</summary>
internal sealed class IotEventsRegistration(string name)
{
    public string Name { get; } = name;
}
