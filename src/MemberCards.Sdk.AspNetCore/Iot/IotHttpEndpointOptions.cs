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
    /// The shared secret the bridge must send as <c>Authorization: Bearer &lt;token&gt;</c> (compared in constant time).
    /// The IoT messages themselves carry no signature, so this token is the endpoint's only check: <c>MapIotEvents</c>
    /// refuses to map the endpoint while it is <see langword="null"/>, empty or white space, unless
    /// <see cref="AllowAnonymous"/> is <see langword="true"/>.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// <see langword="true"/> to map the endpoint without <see cref="AccessToken"/>, accepting every request that reaches
    /// it: only when the route is protected otherwise, by ASP.NET Core authorization (<c>.RequireAuthorization()</c> on
    /// the returned builder, which the SDK does not see) or by the network. Default <see langword="false"/>: a missing
    /// token (say a configuration key that does not exist) fails at <c>MapIotEvents</c> instead of leaving the endpoint
    /// open. Has no effect when <see cref="AccessToken"/> is set: the token is then still required.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <inheritdoc />
    public override string ToString()
        => $"IotHttpEndpointOptions {{ Name = {Name}, TopicHeader = {TopicHeader}, TopicQueryParameter = {TopicQueryParameter}, AccessToken = {Redaction.Secret(AccessToken)}, AllowAnonymous = {AllowAnonymous} }}";
}
