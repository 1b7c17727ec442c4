namespace MemberCards.Sdk.Iot;

/// <summary><c>profile</c>: which application and thing model reported the message.</summary>
public sealed class IotProfile
{
    /// <summary><c>poiCode</c>: the point-of-interest (device/site type) code, such as <c>s009</c>.</summary>
    public string? PoiCode { get; set; }

    /// <summary><c>appType</c>: the reporting application, <c>customer</c> for these events.</summary>
    public string? AppType { get; set; }

    /// <summary><c>modelId</c>: the thing-model id.</summary>
    public long? ModelId { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"poiCode={PoiCode} appType={AppType} modelId={ModelId}";
}
