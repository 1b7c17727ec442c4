namespace MemberCards.Sdk.Iot;

/// <summary>
/// Settings of the IoT event dispatcher (configuration section <c>MemberCards:Iot</c>). Nothing here is secret;
/// the transport (MQTT broker, credentials) is the host's.
/// </summary>
public sealed class IotOptions
{
    /// <summary>The default size cap: 1 MiB.</summary>
    public const int DefaultMaxMessageBytes = 1024 * 1024;

    /// <summary>The largest size cap accepted: 64 MiB.</summary>
    public const int MaxMessageBytesLimit = 64 * 1024 * 1024;

    /// <summary>
    /// <c>MaxMessageBytes</c>: payloads larger than this are refused before parsing with
    /// <see cref="MemberCardsFormatException"/>. Default 1 MiB; at most 64 MiB.
    /// </summary>
    public int MaxMessageBytes { get; set; } = DefaultMaxMessageBytes;

    /// <summary>
    /// <c>AllowedTenants</c>: when not empty, messages on topics of other tenants are ignored
    /// (<see cref="IotDispatchStatus.Ignored"/>). Useful with a wildcard subscription.
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary><c>AllowedProjects</c>: when not empty, messages on topics of other projects (without <c>proj_</c>) are ignored.</summary>
    public IList<string> AllowedProjects { get; } = [];

    /// <summary>
    /// <c>DeduplicationRetention</c>: how long a handled <c>msgId</c> is remembered, so redeliveries
    /// (MQTT QoS 1 is at-least-once) are not handled twice. Default 1 day.
    /// </summary>
    public TimeSpan DeduplicationRetention { get; set; } = TimeSpan.FromDays(1);

    /// <inheritdoc />
    public override string ToString()
        => $"MaxMessageBytes={MaxMessageBytes}, AllowedTenants=[{string.Join(',', AllowedTenants)}], AllowedProjects=[{string.Join(',', AllowedProjects)}], DeduplicationRetention={DeduplicationRetention}";
}
