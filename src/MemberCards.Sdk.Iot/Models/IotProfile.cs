using System.Text.Json.Serialization;
using MemberCards.Sdk.Iot.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary><c>profile</c>: which application and thing model reported the message.</summary>
public sealed class IotProfile
{
    private string? poiCode;
    private string? appType;
    private long? modelId;

    /// <summary><c>poiCode</c>: the point-of-interest (device/site type) code, such as <c>s009</c>.</summary>
    [JsonIgnore]
    public string? PoiCode { get => poiCode; init => poiCode = value; }

    [JsonInclude]
    [JsonPropertyName("poiCode")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? PoiCodeJson { get => poiCode; set => poiCode = value; }

    /// <summary><c>appType</c>: the reporting application, <c>customer</c> for these events.</summary>
    [JsonIgnore]
    public string? AppType { get => appType; init => appType = value; }

    [JsonInclude]
    [JsonPropertyName("appType")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? AppTypeJson { get => appType; set => appType = value; }

    /// <summary><c>modelId</c>: the thing-model id.</summary>
    [JsonIgnore]
    public long? ModelId { get => modelId; init => modelId = value; }

    [JsonInclude]
    [JsonPropertyName("modelId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? ModelIdJson { get => modelId; set => modelId = value; }

    /// <inheritdoc />
    public override string ToString() => $"poiCode={PoiCode} appType={AppType} modelId={ModelId}";
}
