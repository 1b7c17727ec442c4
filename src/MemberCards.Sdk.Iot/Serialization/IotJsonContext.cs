using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot.Serialization;

/// <summary>The source-generated JSON metadata of the IoT assembly.</summary>
[JsonSerializable(typeof(IotMessage))]
internal sealed partial class IotJsonContext : JsonSerializerContext
{
}
