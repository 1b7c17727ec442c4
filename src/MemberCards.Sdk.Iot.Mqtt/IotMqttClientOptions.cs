using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>
/// Turns <see cref="IotMqttOptions"/> into MQTTnet's client options (MQTT 5, clean start off for a persistent session, the
/// socket buffers of <see cref="IotMqttOptions.SocketBufferSize"/> instead of MQTTnet's 8 KiB).
/// </summary>
internal static class IotMqttClientOptions
{
    /// <summary>The first level of an MQTT 5 shared subscription's filter, with its separator.</summary>
    internal const string SharedPrefix = "$share/";

    internal static MqttClientOptions Build(IotMqttOptions options)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithTcpServer(options.Server, options.Port)
            .WithClientId(ClientId(options))
            .WithCleanStart(!options.PersistentSession)
            .WithSessionExpiryInterval(options.PersistentSession ? (uint)options.SessionExpiry.TotalSeconds : 0)
            .WithKeepAlivePeriod(options.KeepAlive)
            .WithTimeout(options.ConnectTimeout);
        if (!string.IsNullOrEmpty(options.Username))
        {
            builder.WithCredentials(options.Username, options.Password ?? string.Empty);
        }

        if (options.UseTls)
        {
            builder.WithTlsOptions(tls =>
            {
                tls.UseTls().WithTargetHost(options.Server);
                if (options.TlsCaCertificateFile is { } ca)
                {
                    var chain = new X509Certificate2Collection();
                    chain.ImportFromPemFile(ca);
                    tls.WithTrustChain(chain);
                }

                if (options.TlsClientCertificateFile is { } certificate && options.TlsClientKeyFile is { } key)
                {
                    tls.WithClientCertificates(new X509Certificate2Collection(X509Certificate2.CreateFromPemFile(certificate, key)));
                }
            });
        }

        var built = builder.Build();

        // MQTTnet sets the socket's receive and send buffers to BufferSize before connecting, which also fixes the TCP window
        // scale: its default (8 KiB) left a 16 KB window that throttled a subscription with a backlog to about 50 msg/s.
        ((MqttClientTcpOptions)built.ChannelOptions).BufferSize = options.SocketBufferSize;
        return built;
    }

    /// <summary>The MQTT client id: <c>ClientId</c>, or <c>{ClientId}-{InstanceName}</c> when an instance name is set.</summary>
    internal static string ClientId(IotMqttOptions options)
        => string.IsNullOrEmpty(options.InstanceName) ? options.ClientId ?? string.Empty : $"{options.ClientId}-{options.InstanceName}";

    /// <summary>The filter subscribed for one entry of <c>Topics</c>: <c>$share/{SharedGroup}/{topic}</c> in a shared group.</summary>
    internal static string SubscriptionFilter(IotMqttOptions options, string topic)
        => string.IsNullOrEmpty(options.SharedGroup) ? topic : $"{SharedPrefix}{options.SharedGroup}/{topic}";

    /// <summary>The SUBSCRIBE of every topic filter at the subscription's QoS.</summary>
    internal static MqttClientSubscribeOptions BuildSubscription(IotMqttOptions options)
    {
        var builder = new MqttClientSubscribeOptionsBuilder();
        foreach (var topic in options.Topics)
        {
            // No Local must be 0 on a shared subscription (MQTT 5 3.8.3.1); it is 0 on every subscription here.
            builder.WithTopicFilter(SubscriptionFilter(options, topic), (MqttQualityOfServiceLevel)options.QualityOfService, noLocal: false, retainAsPublished: false, MqttRetainHandling.SendAtSubscribe);
        }

        return builder.Build();
    }
}
