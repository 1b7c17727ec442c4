using MemberCards.Sdk.Iot.Mqtt;
using MQTTnet;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Unit;

public sealed class IotMqttClientOptionsTests
{
    private static IotMqttOptions Options()
    {
        var options = new IotMqttOptions { Server = "broker.example", ClientId = "host-1" };
        options.Topics.Add("acme/+/v1-business-customer");
        return options;
    }

    [Fact]
    public void By_default_the_socket_buffers_are_1_MiB_not_MQTTnets_8_KiB()
    {
        var tcp = Assert.IsType<MqttClientTcpOptions>(IotMqttClientOptions.Build(Options()).ChannelOptions);

        Assert.Equal(1024 * 1024, tcp.BufferSize);
        Assert.Equal(IotMqttOptions.DefaultSocketBufferSize, tcp.BufferSize);
        Assert.NotEqual(new MqttClientTcpOptions().BufferSize, tcp.BufferSize);
    }

    [Theory]
    [InlineData(8 * 1024)]
    [InlineData(4 * 1024 * 1024)]
    public void The_configured_SocketBufferSize_reaches_the_tcp_options(int size)
    {
        var options = Options();
        options.SocketBufferSize = size;

        var tcp = Assert.IsType<MqttClientTcpOptions>(IotMqttClientOptions.Build(options).ChannelOptions);

        Assert.Equal(size, tcp.BufferSize);
    }

    [Fact]
    public void With_TLS_the_buffer_size_is_kept_and_the_server_port_and_tls_still_apply()
    {
        var options = Options();
        options.UseTls = true;
        options.Port = 8883;
        options.SocketBufferSize = 256 * 1024;

        var built = IotMqttClientOptions.Build(options);
        var tcp = Assert.IsType<MqttClientTcpOptions>(built.ChannelOptions);

        Assert.Equal(256 * 1024, tcp.BufferSize);
        Assert.True(tcp.TlsOptions.UseTls);
        Assert.Contains("broker.example", tcp.RemoteEndpoint.ToString(), StringComparison.Ordinal);
        Assert.Contains("8883", tcp.RemoteEndpoint.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_shared_group_the_topics_are_subscribed_as_written()
    {
        var filters = IotMqttClientOptions.BuildSubscription(Options()).TopicFilters;

        Assert.Equal(["acme/+/v1-business-customer"], filters.Select(f => f.Topic));
    }

    [Fact]
    public void With_a_shared_group_every_topic_is_subscribed_in_the_group_at_the_configured_QoS()
    {
        var options = Options();
        options.Topics.Add("north/proj_1/v1-business-customer");
        options.SharedGroup = "member-sync";
        options.QualityOfService = 2;

        var filters = IotMqttClientOptions.BuildSubscription(options).TopicFilters;

        Assert.Equal(["$share/member-sync/acme/+/v1-business-customer", "$share/member-sync/north/proj_1/v1-business-customer"], filters.Select(f => f.Topic));
        Assert.All(filters, f => Assert.Equal(MQTTnet.Protocol.MqttQualityOfServiceLevel.ExactlyOnce, f.QualityOfServiceLevel));
        Assert.All(filters, f => Assert.False(f.NoLocal));
    }

    [Fact]
    public void Without_an_instance_name_the_client_id_is_ClientId()
    {
        Assert.Equal("host-1", IotMqttClientOptions.Build(Options()).ClientId);
    }

    [Fact]
    public void With_an_instance_name_the_client_id_is_ClientId_dash_InstanceName()
    {
        var options = Options();
        options.ClientId = "member-sync";
        options.InstanceName = "member-sync-7d9f-0";

        Assert.Equal("member-sync-member-sync-7d9f-0", IotMqttClientOptions.Build(options).ClientId);
    }
}
