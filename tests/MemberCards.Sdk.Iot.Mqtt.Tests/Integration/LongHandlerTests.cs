using MemberCards.Sdk.Iot.Mqtt.Tests.Support;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Integration;

/// <summary>
/// A handler that runs for several keep-alive periods: the MQTT session must stay up while it runs (the client keeps
/// answering the broker's keep-alive), so the message is acknowledged once and never redelivered by a reconnect.
/// </summary>
public sealed class LongHandlerTests
{
    /// <summary>Short, so the handler outlasts the broker's patience (1.5 periods) twice; not so short that a busy machine misses a ping.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(3);

    [Theory]
    [InlineData(TestBroker.InProcess)]
    [InlineData(TestBroker.SharedMosquitto)]
    public async Task A_handler_running_longer_than_twice_the_brokers_keep_alive_patience_keeps_the_session_and_runs_once(string kind)
    {
        var tenant = "slow" + Guid.NewGuid().ToString("N")[..8];
        using var metrics = new MetricsRecorder(tenant);
        await using var broker = await TestBroker.StartAsync(kind);
        var handled = new HandledMessages { Delay = KeepAlive * 3.5 };
        await using var subscriber = await Subscriber.StartAsync(broker, handled, tenant, configure: o => o.KeepAlive = KeepAlive);

        await broker.PublishAsync(subscriber.Topic, Subscriber.Message(1), CancellationToken.None);
        await HandledMessages.WaitUntilAsync(() => handled.CompletedCount == 1, TimeSpan.FromSeconds(30), () => $"not handled, reconnects {metrics[IotTelemetry.ReconnectsInstrument]}");

        // A broker that had dropped the session (no keep-alive for 1.5 periods) would have redelivered the message by now.
        await Task.Delay(KeepAlive);
        Assert.Equal(0, metrics[IotTelemetry.ReconnectsInstrument]);
        Assert.Equal(1, handled.Attempts["1"]);
        Assert.Equal(1, metrics[IotTelemetry.ReceivedInstrument]);
        Assert.Equal(1, metrics[IotTelemetry.HandledInstrument]);
    }
}
