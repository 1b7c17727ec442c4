using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>The SDK's JSON conventions for every IoT message and event, for a host that logs, queues or stores them.</summary>
public static class IotJson
{
    private static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(IotJsonContext.Default);

    /// <summary>
    /// The serializer options the IoT dispatcher itself reads messages with (source-generated metadata of every IoT
    /// model, nulls omitted, Chinese text unescaped; read-only). Every message and event type round-trips through them:
    /// <c>JsonSerializer.Serialize(message, IotJson.SerializerOptions)</c> and back.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => Options;
}
