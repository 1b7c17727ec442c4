using System.Collections.Concurrent;
using System.Text;
using MemberCards.Sdk.Testing.Iot;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace MemberCards.Sdk.Testing.Tests.Support;

/// <summary>
/// A plain MQTT 5 client on the emulator broker that records the payload text of every message it receives; it
/// acknowledges them, or never does (so that they stay in flight at the broker).
/// </summary>
internal sealed class MqttTestClient : IAsyncDisposable
{
    private readonly IMqttClient client = new MqttClientFactory().CreateMqttClient();
    private readonly ConcurrentQueue<string> received = new();

    private MqttTestClient()
    {
    }

    /// <summary>Every payload received, in order, redeliveries included.</summary>
    public IReadOnlyCollection<string> Received => received;

    /// <summary>Connects as <paramref name="clientId"/> and subscribes to <paramref name="topicFilter"/> at QoS 1.</summary>
    public static async Task<MqttTestClient> SubscribeAsync(IotMqttBroker broker, string clientId, string topicFilter, bool acknowledge = true)
    {
        var test = new MqttTestClient();
        test.client.ApplicationMessageReceivedAsync += e =>
        {
            e.AutoAcknowledge = acknowledge;
            test.received.Enqueue(Encoding.UTF8.GetString(e.ApplicationMessage.Payload));
            return Task.CompletedTask;
        };
        var options = new MqttClientOptionsBuilder().WithTcpServer(IotMqttBroker.Host, broker.Port).WithClientId(clientId)
            .WithProtocolVersion(MqttProtocolVersion.V500).WithCleanStart(true).Build();
        await test.client.ConnectAsync(options);
        var result = await test.client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(topicFilter, MqttQualityOfServiceLevel.AtLeastOnce).Build());
        var code = result.Items.Single().ResultCode;
        if (code != MqttClientSubscribeResultCode.GrantedQoS1)
        {
            throw new InvalidOperationException($"the broker answered {code} to the subscription {topicFilter}");
        }

        return test;
    }

    /// <summary>Closes the connection (the broker sees a disconnect).</summary>
    public Task DisconnectAsync() => client.DisconnectAsync();

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
