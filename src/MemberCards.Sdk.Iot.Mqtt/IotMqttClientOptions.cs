using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;

namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>
/// Turns <see cref="IotMqttOptions"/> into MQTTnet's client options (MQTT 5, clean start off for a persistent session, the
/// socket buffers of <see cref="IotMqttOptions.SocketBufferSize"/> instead of MQTTnet's 8 KiB).
/// </summary>
internal static class IotMqttClientOptions
{
    internal static MqttClientOptions Build(IotMqttOptions options)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithTcpServer(options.Server, options.Port)
            .WithClientId(options.ClientId)
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
}
