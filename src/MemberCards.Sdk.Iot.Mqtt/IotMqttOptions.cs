namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>
/// Settings of the MQTT subscription of one IoT events registration (configuration section <c>MemberCards:Iot:Mqtt</c>
/// for the default registration). Validated at host start; every failure names its setting.
/// </summary>
public sealed class IotMqttOptions
{
    /// <summary>The default MQTT port without TLS: 1883.</summary>
    public const int DefaultPort = 1883;

    /// <summary>
    /// The default <see cref="SocketBufferSize"/>: 1 MiB. With MQTTnet's own default (8 KiB) the connection's receive window
    /// stays at 16 KB without window scaling, and a subscription with a backlog at the broker fell to about 50 messages a second.
    /// </summary>
    public const int DefaultSocketBufferSize = 1024 * 1024;

    /// <summary>The smallest <see cref="SocketBufferSize"/> the validator accepts: 4 KiB.</summary>
    public const int MinSocketBufferSize = 4 * 1024;

    /// <summary>The largest <see cref="SocketBufferSize"/> the validator accepts: 64 MiB.</summary>
    public const int MaxSocketBufferSize = 64 * 1024 * 1024;

    /// <summary><c>Server</c>: the broker's host name or IP address. Required.</summary>
    public string? Server { get; set; }

    /// <summary><c>Port</c>: the broker's TCP port. Default 1883 (use 8883, the usual TLS port, with <see cref="UseTls"/>).</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary><c>UseTls</c>: connect with TLS (the server certificate is validated against the system roots, or <see cref="TlsCaCertificateFile"/>).</summary>
    public bool UseTls { get; set; }

    /// <summary><c>TlsCaCertificateFile</c>: a PEM file with the CA certificate(s) that issued the broker's certificate, when they are not in the system roots.</summary>
    public string? TlsCaCertificateFile { get; set; }

    /// <summary><c>TlsClientCertificateFile</c>: a PEM file with the client certificate, for brokers that authenticate clients by certificate.</summary>
    public string? TlsClientCertificateFile { get; set; }

    /// <summary><c>TlsClientKeyFile</c>: the PEM file with the client certificate's private key (required with <see cref="TlsClientCertificateFile"/>).</summary>
    public string? TlsClientKeyFile { get; set; }

    /// <summary><c>Username</c>: the MQTT user name, when the broker requires credentials.</summary>
    public string? Username { get; set; }

    /// <summary><c>Password</c>: the MQTT password (secret: never logged).</summary>
    public string? Password { get; set; }

    /// <summary>
    /// <c>ClientId</c>: the MQTT client identifier. Required: the broker keeps the persistent session (and the messages
    /// that arrive while the host is down) under it, so it must be stable across restarts and unique per running instance.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// <c>InstanceName</c>: this instance's stable name in a fleet that shares one configuration, such as the machine name or a
    /// Kubernetes pod name (the <c>HOSTNAME</c> of a StatefulSet pod stays the same across restarts). When set, the MQTT client
    /// id is <c>{ClientId}-{InstanceName}</c>, so every instance keeps its own session and gets it back after a restart. Two
    /// instances connected with the same client id take the session from each other (error 5065 when the broker gives that
    /// reason). Default none (the client id is <see cref="ClientId"/>).
    /// </summary>
    public string? InstanceName { get; set; }

    /// <summary>
    /// <c>SharedGroup</c>: the name of an MQTT 5 shared subscription group. When set, every entry of <see cref="Topics"/> is
    /// subscribed as <c>$share/{SharedGroup}/{topic}</c>, and the broker hands each message to one member of the group
    /// instead of to every instance. No <c>/</c>, <c>+</c> or <c>#</c>. Give a fleet a shared de-duplication store
    /// (<c>MemberCards.Sdk.Redis</c>): a message redelivered to another member then runs its handlers once. Default none
    /// (every instance receives every message).
    /// </summary>
    public string? SharedGroup { get; set; }

    /// <summary>
    /// <c>Topics</c>: the topic filters to subscribe to, such as <c>acme/proj_1080446148159139840/v1-business-customer</c>, or
    /// <c>acme/+/v1-business-customer</c> for every project of a tenant (<see cref="IotTopic.SubscriptionFilter"/> builds them).
    /// At least one.
    /// </summary>
    public IList<string> Topics { get; } = [];

    /// <summary>
    /// <c>QualityOfService</c>: the subscription's QoS, 0, 1 or 2. Default 1 (at least once): with the de-duplication on
    /// <c>msgId</c> every message is handled once. With 0 the broker does not redeliver anything.
    /// </summary>
    public int QualityOfService { get; set; } = 1;

    /// <summary>
    /// <c>PersistentSession</c>: connect with clean start off and <see cref="SessionExpiry"/>, so the broker keeps the
    /// subscription and queues messages while the host is down, and redelivers unacknowledged ones on reconnect. Default
    /// <see langword="true"/>; required for the redelivery of a message whose handler failed. Without it the broker drops the
    /// session at every disconnect: whatever is published while the host is disconnected, and every message received but not
    /// yet acknowledged, is lost.
    /// </summary>
    public bool PersistentSession { get; set; } = true;

    /// <summary><c>SessionExpiry</c>: how long the broker keeps the session after a disconnect (MQTT 5 session expiry). Default 1 day.</summary>
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary><c>KeepAlive</c>: the MQTT keep-alive period. Default 30 seconds.</summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>ConnectTimeout</c>: how long a connect (and subscribe) may take. Default 10 seconds.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>ReconnectMinDelay</c>: the first delay before reconnecting after a drop, a failed connect or a failed handler;
    /// it doubles on each further failure up to <see cref="ReconnectMaxDelay"/>, with random jitter (50-100 % of the step). Default 1 second.
    /// </summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>ReconnectMaxDelay</c>: the largest delay between reconnects. Default 1 minute.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// <c>SocketBufferSize</c>: the TCP receive and send buffer sizes, in bytes, requested for the connection to the broker
    /// before it connects (MQTTnet's <c>MqttClientTcpOptions.BufferSize</c>). The receive buffer bounds how much the broker
    /// can have in flight to this client: too small, and a subscription with a backlog is throttled to a trickle.
    /// Default <see cref="DefaultSocketBufferSize"/> (1 MiB); between <see cref="MinSocketBufferSize"/> and
    /// <see cref="MaxSocketBufferSize"/>. The operating system may grant less (on Linux, up to twice
    /// <c>net.core.rmem_max</c>).
    /// </summary>
    public int SocketBufferSize { get; set; } = DefaultSocketBufferSize;

    /// <summary>Whether the password goes to the broker in clear: one is set, TLS is off and the broker is not on this machine (loopback).</summary>
    internal bool SendsPasswordInClear
        => !UseTls && !string.IsNullOrEmpty(Password) && !(string.Equals(Server, "localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(Server, out var address) && System.Net.IPAddress.IsLoopback(address)));

    /// <inheritdoc />
    public override string ToString()
        => $"IotMqttOptions {{ Server = {Server}, Port = {Port}, UseTls = {UseTls}, ClientId = {ClientId}, InstanceName = {InstanceName}, SharedGroup = {SharedGroup}, Topics = [{string.Join(',', Topics)}], QualityOfService = {QualityOfService}, PersistentSession = {PersistentSession}, SocketBufferSize = {SocketBufferSize}, Username = {Username}, Password = {Redaction.Secret(Password)} }}";
}
