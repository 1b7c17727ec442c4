using System.Globalization;

namespace MemberCards.Sdk.Iot.Mqtt.FleetHost;

/// <summary>
/// The command line: <c>broker-host:port redis-host:port key-prefix tenant client-id shared-group instance-name handled-file</c>.
/// </summary>
internal sealed record FleetMemberSettings(string BrokerHost, int BrokerPort, string Redis, string KeyPrefix, string Tenant, string ClientId, string SharedGroup, string InstanceName, string HandledFile)
{
    public static FleetMemberSettings Parse(string[] args)
    {
        if (args.Length != 8)
        {
            throw new ArgumentException("usage: MqttFleetHost broker-host:port redis-host:port key-prefix tenant client-id shared-group instance-name handled-file");
        }

        var colon = args[0].LastIndexOf(':');
        return new FleetMemberSettings(args[0][..colon], int.Parse(args[0].AsSpan(colon + 1), CultureInfo.InvariantCulture), args[1], args[2], args[3], args[4], args[5], args[6], args[7]);
    }
}
