namespace MemberCards.Sdk.AspNetCore;

/// <summary>How <c>MapIotEvents</c> receives messages that a bridge (MQTT-to-HTTP, the platform's HTTP forwarding) posts.</summary>
public sealed class IotHttpEndpointOptions
{
    /// <summary>The default header carrying the MQTT topic: <c>X-Iot-Topic</c>.</summary>
    public const string DefaultTopicHeader = "X-Iot-Topic";

    /// <summary>The default query parameter carrying the MQTT topic: <c>topic</c>.</summary>
    public const string DefaultTopicQueryParameter = "topic";

    /// <summary>The options name given to <c>AddIotEvents(name)</c>; empty (the default) for the default configuration.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The header read for the topic (default <c>X-Iot-Topic</c>); the query parameter is read when the header is absent.</summary>
    public string TopicHeader { get; set; } = DefaultTopicHeader;

    /// <summary>The query parameter read for the topic when the header is absent (default <c>topic</c>).</summary>
    public string TopicQueryParameter { get; set; } = DefaultTopicQueryParameter;

    /// <summary>
    /// A shared secret the bridge must send as <c>Authorization: Bearer &lt;token&gt;</c> (compared in constant time),
    /// or <see langword="null"/> (default) when the endpoint is protected otherwise (network, <c>RequireAuthorization()</c>).
    /// The IoT messages themselves carry no signature.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <inheritdoc />
    public override string ToString()
        => $"IotHttpEndpointOptions {{ Name = {Name}, TopicHeader = {TopicHeader}, TopicQueryParameter = {TopicQueryParameter}, AccessToken = {Redaction.Secret(AccessToken)} }}";
}
