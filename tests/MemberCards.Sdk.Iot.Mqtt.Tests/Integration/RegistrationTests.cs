using MemberCards.Sdk.Iot.Mqtt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Integration;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Invalid_settings_fail_the_host_start_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddMemberCards().AddIotEvents().AddMqttSubscription(o => o.Topics.Add("acme/+/v1-business-customer"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MemberCards:Iot:Mqtt:Server is required", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Iot:Mqtt:ClientId is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_registration_binds_MemberCards_Iot_Mqtt_and_a_second_call_adds_no_second_subscription()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:Iot:Mqtt:Server"] = "broker.example",
            ["MemberCards:Iot:Mqtt:Port"] = "8883",
            ["MemberCards:Iot:Mqtt:UseTls"] = "true",
            ["MemberCards:Iot:Mqtt:ClientId"] = "host-1",
            ["MemberCards:Iot:Mqtt:Topics:0"] = "acme/+/v1-business-customer",
            ["MemberCards:Iot:Mqtt:QualityOfService"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        var iot = services.AddMemberCards(configuration.GetSection("MemberCards")).AddIotEvents();
        iot.AddMqttSubscription();
        iot.AddMqttSubscription(o => o.KeepAlive = TimeSpan.FromSeconds(7));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<IotMqttOptions>>().Get(string.Empty);
        Assert.Equal("broker.example", options.Server);
        Assert.Equal(8883, options.Port);
        Assert.True(options.UseTls);
        Assert.Equal(["acme/+/v1-business-customer"], options.Topics);
        Assert.Equal(2, options.QualityOfService);
        Assert.Equal(TimeSpan.FromSeconds(7), options.KeepAlive);
        Assert.Single(provider.GetServices<IHostedService>(), s => s.GetType().Name == "IotMqttSubscription");
    }

    [Fact]
    public async Task The_health_check_is_unhealthy_while_the_broker_cannot_be_reached()
    {
        var port = FreePort();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddMemberCards().AddIotEvents("site").AddMqttSubscription(o =>
        {
            o.Server = "127.0.0.1";
            o.Port = port;
            o.ClientId = "unreachable";
            o.Topics.Add("acme/+/v1-business-customer");
            o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
            o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(100);
        });
        using var host = builder.Build();
        await host.StartAsync();

        var result = await host.Services.GetRequiredService<IotMqttHealthCheck>().CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains($"site (127.0.0.1:{port}", result.Description, StringComparison.Ordinal);
        await host.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
