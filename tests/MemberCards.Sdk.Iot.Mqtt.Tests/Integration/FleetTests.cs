using MemberCards.Sdk.Iot.Mqtt.Tests.Support;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Integration;

/// <summary>Issue 22 part 2: several instances on one topic, as a shared group, each with its own client id.</summary>
public sealed class FleetTests
{
    [Fact]
    public async Task Two_instances_in_one_SharedGroup_on_mosquitto_each_get_a_part_and_every_message_is_handled_once_between_them()
    {
        const int Count = 200;
        var tenant = "fleet" + Guid.NewGuid().ToString("N")[..8];
        var group = "g" + Guid.NewGuid().ToString("N")[..8];
        await using var broker = await TestBroker.StartAsync(TestBroker.SharedMosquitto);
        var first = new HandledMessages();
        var second = new HandledMessages();
        await using var a = await Subscriber.StartAsync(broker, first, tenant, clientId: "fleet-" + tenant, configure: o => { o.SharedGroup = group; o.InstanceName = "a"; });
        await using var b = await Subscriber.StartAsync(broker, second, tenant, clientId: "fleet-" + tenant, configure: o => { o.SharedGroup = group; o.InstanceName = "b"; });

        for (var id = 1; id <= Count; id++)
        {
            await broker.PublishAsync(a.Topic, Subscriber.Message(id), CancellationToken.None);
        }

        await HandledMessages.WaitUntilAsync(() => first.CompletedCount + second.CompletedCount >= Count, TimeSpan.FromSeconds(20), () => $"{first.CompletedCount} + {second.CompletedCount} of {Count} handled");
        await Task.Delay(300);
        Assert.Equal(Count, first.CompletedCount + second.CompletedCount);
        Assert.Empty(first.Completed.Keys.Intersect(second.Completed.Keys));
        Assert.True(first.CompletedCount > 0 && second.CompletedCount > 0, $"one member got everything: {first.CompletedCount} and {second.CompletedCount}");
        Assert.All(Enumerable.Range(1, Count), id => Assert.True(first.Completed.ContainsKey(Subscriber.Id(id)) || second.Completed.ContainsKey(Subscriber.Id(id)), $"message {id} lost"));
    }

    /// <summary>
    /// On a broker that says why it closes the older connection (MQTT 5 reason 0x8E, session taken over), as the in-process
    /// MQTTnet broker does. Mosquitto 2.0 closes it without a DISCONNECT packet: MQTTnet then reports a normal disconnection,
    /// and the subscription logs only 5053 at every takeover (docs/iot.md says so).
    /// </summary>
    [Fact]
    public async Task Two_instances_with_the_same_client_id_log_an_error_that_names_it_and_the_fix()
    {
        const string kind = TestBroker.InProcess;
        var tenant = "twin" + Guid.NewGuid().ToString("N")[..8];
        var logs = new LogRecorder();
        await using var broker = await TestBroker.StartAsync(kind);
        await using var a = await Subscriber.StartAsync(broker, tenant: tenant, clientId: "twin-" + tenant, logs: logs);
        await using var b = await Subscriber.StartAsync(broker, tenant: tenant, clientId: "twin-" + tenant, logs: logs);

        await HandledMessages.WaitUntilAsync(() => logs.Entries.Any(e => e.EventId == 5065), TimeSpan.FromSeconds(15), () => "no 5065 logged; disconnects: " + string.Join(" | ", logs.Entries.Where(e => e.EventId == 5053).Select(e => e.Text).Distinct().Take(5)));

        var error = logs.Entries.First(e => e.EventId == 5065);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains($"same client id twin-{tenant}", error.Text, StringComparison.Ordinal);
        Assert.Contains("Mqtt:InstanceName", error.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_with_their_own_InstanceName_keep_their_sessions()
    {
        var tenant = "pair" + Guid.NewGuid().ToString("N")[..8];
        var logs = new LogRecorder();
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        using var metrics = new MetricsRecorder(tenant);
        await using var a = await Subscriber.StartAsync(broker, tenant: tenant, clientId: "pair-" + tenant, configure: o => o.InstanceName = "a", logs: logs);
        await using var b = await Subscriber.StartAsync(broker, tenant: tenant, clientId: "pair-" + tenant, configure: o => o.InstanceName = "b", logs: logs);

        await broker.PublishAsync(a.Topic, Subscriber.Message(1), CancellationToken.None);
        await HandledMessages.WaitUntilAsync(() => a.Handled.CompletedCount == 1 && b.Handled.CompletedCount == 1, TimeSpan.FromSeconds(10), () => $"{a.Handled.CompletedCount} and {b.Handled.CompletedCount}");
        await Task.Delay(500);

        Assert.DoesNotContain(logs.Entries, e => e.EventId == 5065);
        Assert.Equal(0, metrics[IotTelemetry.ReconnectsInstrument]);
    }
}
