using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MemberCards.Sdk.Iot.Mqtt.Tests.Support;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet.Server;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Integration;

/// <summary>UseTls with TlsCaCertificateFile: a broker whose certificate a private CA issued is trusted through that file only.</summary>
public sealed class TlsTests
{
    [Fact]
    public async Task A_broker_certificate_from_a_private_CA_is_trusted_through_TlsCaCertificateFile()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=MemberCards test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(san.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = serverRequest.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29), [1, 2, 3, 4]);
        using var withKey = issued.CopyWithPrivateKey(serverKey);
        using var serverCertificate = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
        var folder = Directory.CreateTempSubdirectory("membercards-tls-").FullName;
        var caFile = Path.Combine(folder, "ca.pem");
        await File.WriteAllTextAsync(caFile, ca.ExportCertificatePem());

        int port;
        using (var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var serverOptions = new MqttServerOptionsBuilder()
            .WithoutDefaultEndpoint()
            .WithEncryptedEndpoint()
            .WithEncryptedEndpointBoundIPAddress(IPAddress.Loopback)
            .WithEncryptedEndpointPort(port)
            .WithEncryptionCertificate(serverCertificate)
            .WithPersistentSessions()
            .Build();
        using var server = new MqttServerFactory().CreateMqttServer(serverOptions);
        await server.StartAsync();
        try
        {
            // Without the CA file the broker's certificate is not trusted: the subscription never connects.
            var untrusting = Host.CreateApplicationBuilder();
            untrusting.Logging.ClearProviders();
            untrusting.Services.AddMemberCards().AddIotEvents("untrusted").AddMqttSubscription(o =>
            {
                o.Server = "127.0.0.1";
                o.Port = port;
                o.UseTls = true;
                o.ClientId = "tls-untrusting";
                o.Topics.Add("acme/+/v1-business-customer");
                o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
                o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
            });
            using (var refused = untrusting.Build())
            {
                await refused.StartAsync();
                await Task.Delay(1500);
                var status = await refused.Services.GetRequiredService<IotMqttHealthCheck>().CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());
                Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, status.Status);
                Assert.Contains("connect failed", status.Description, StringComparison.Ordinal);
                Assert.Empty(await server.GetClientsAsync());
                await refused.StopAsync();
            }

            var handled = new HandledMessages();
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton(handled);
            builder.Services.AddMemberCards().AddIotEvents("tls").AddHandler<IotEvent, RecordingHandler>().AddMqttSubscription(o =>
            {
                o.Server = "127.0.0.1";
                o.Port = port;
                o.UseTls = true;
                o.TlsCaCertificateFile = caFile;
                o.ClientId = "tls-subscriber";
                o.Topics.Add("acme/+/v1-business-customer");
                o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
                o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
            });
            using var host = builder.Build();
            await host.StartAsync();
            var health = host.Services.GetRequiredService<IotMqttHealthCheck>();
            await HandledMessages.WaitUntilAsync(
                () => health.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext()).GetAwaiter().GetResult().Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy,
                TimeSpan.FromSeconds(10),
                () => health.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext()).GetAwaiter().GetResult().Description ?? "?");

            var message = new MQTTnet.MqttApplicationMessageBuilder().WithTopic("acme/proj_1/v1-business-customer").WithPayload(Subscriber.Message(5)).WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce).Build();
            await server.InjectApplicationMessage(new InjectedMqttApplicationMessage(message) { SenderClientId = "platform" });

            await HandledMessages.WaitUntilAsync(() => handled.CompletedCount == 1, TimeSpan.FromSeconds(10), () => "not handled over TLS");
            await host.StopAsync();
        }
        finally
        {
            await server.StopAsync(new MqttServerStopOptions());
            Directory.Delete(folder, recursive: true);
        }
    }
}
