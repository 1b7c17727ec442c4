namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>The connection state of one subscription, read by <see cref="IotMqttHealthCheck"/>.</summary>
internal sealed class IotMqttSubscriptionState(string registrationName, string endpoint)
{
    private volatile string status = "not connected yet";
    private volatile bool connected;

    internal string RegistrationName { get; } = registrationName;

    internal string Endpoint { get; } = endpoint;

    internal bool IsConnected => connected;

    internal string Status => status;

    internal void Set(bool isConnected, string description)
    {
        connected = isConnected;
        status = description;
    }
}
