namespace MemberCards.Sdk.Iot;

/// <summary>
/// Settings of one IoT events registration (configuration section <c>MemberCards:Iot</c>). Nothing here is secret;
/// the MQTT transport has its own options (<c>MemberCards.Sdk.Iot.Mqtt</c>).
/// </summary>
public sealed class IotOptions
{
    /// <summary>The default size cap: 1 MiB.</summary>
    public const int DefaultMaxMessageBytes = 1024 * 1024;

    /// <summary>The largest size cap accepted: 64 MiB.</summary>
    public const int MaxMessageBytesLimit = 64 * 1024 * 1024;

    /// <summary>The default de-duplication window: 1 day.</summary>
    public static readonly TimeSpan DefaultDeduplicationWindow = TimeSpan.FromDays(1);

    /// <summary>The default processing timeout: 2 minutes.</summary>
    public static readonly TimeSpan DefaultProcessingTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <c>MaxMessageBytes</c>: payloads larger than this are refused before parsing with
    /// <see cref="MemberCardsMessageTooLargeException"/>. Default 1 MiB; at most 64 MiB.
    /// </summary>
    public int MaxMessageBytes { get; set; } = DefaultMaxMessageBytes;

    /// <summary>
    /// <c>AllowedTenants</c>: when not empty, messages on topics of other tenants are ignored
    /// (<see cref="InboundOutcome.Ignored"/>). Useful with a wildcard subscription.
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary><c>AllowedProjects</c>: when not empty, messages on topics of other projects (without <c>proj_</c>) are ignored.</summary>
    public IList<string> AllowedProjects { get; } = [];

    /// <summary>
    /// <c>DeduplicationWindow</c>: how long a handled <c>msgId</c> is remembered, so redeliveries
    /// (MQTT QoS 1 is at-least-once) are not handled twice. Default 1 day.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = DefaultDeduplicationWindow;

    /// <summary>
    /// <c>ProcessingTimeout</c>: how long a delivery holds the de-duplication claim of its <c>msgId</c> while its
    /// handlers run; another delivery of the same message within that time is answered <see cref="InboundOutcome.InProgress"/>
    /// (not acknowledged, so it comes again). Make it longer than your slowest handler. Default 2 minutes.
    /// </summary>
    public TimeSpan ProcessingTimeout { get; set; } = DefaultProcessingTimeout;

    /// <inheritdoc />
    public override string ToString()
        => $"MaxMessageBytes={MaxMessageBytes}, AllowedTenants=[{string.Join(',', AllowedTenants)}], AllowedProjects=[{string.Join(',', AllowedProjects)}], DeduplicationWindow={DeduplicationWindow}, ProcessingTimeout={ProcessingTimeout}";
}
