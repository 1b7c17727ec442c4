using System.Globalization;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.Tests.Support;

namespace MemberCards.Sdk.Testing.Tests.Integration;

/// <summary>Issue 22 part 3: the emulator's broker plays a fleet's shared subscription.</summary>
public sealed class IotMqttBrokerSharedSubscriptionTests
{
    private const string Topic = "iot/fleet/events";

    [Fact]
    public async Task Each_message_goes_to_exactly_one_member_of_a_group_in_turn_and_an_ordinary_subscriber_still_gets_every_message()
    {
        const int Count = 300;
        await using var broker = await IotMqttBroker.StartAsync();
        await using var a = await MqttTestClient.SubscribeAsync(broker, "member-a", "$share/fleet/" + Topic);
        await using var b = await MqttTestClient.SubscribeAsync(broker, "member-b", "$share/fleet/" + Topic);
        await using var c = await MqttTestClient.SubscribeAsync(broker, "member-c", "$share/fleet/" + Topic);
        await using var plain = await MqttTestClient.SubscribeAsync(broker, "plain", Topic);

        await PublishAsync(broker, 1, Count);
        await WaitUntilAsync(() => plain.Received.Count >= Count && a.Received.Count + b.Received.Count + c.Received.Count >= Count);
        await Task.Delay(300);

        var members = a.Received.Concat(b.Received).Concat(c.Received).ToList();
        Assert.Equal(Count, members.Count);
        Assert.Equal(Ids(1, Count), members.Order(StringComparer.Ordinal));
        Assert.Equal(Ids(1, Count), plain.Received.Order(StringComparer.Ordinal));

        // Round robin over three connected members.
        Assert.Equal([Count / 3, Count / 3, Count / 3], new[] { a.Received.Count, b.Received.Count, c.Received.Count });
    }

    [Fact]
    public async Task A_member_that_disconnects_mid_stream_has_the_messages_it_did_not_acknowledge_handled_by_another_member()
    {
        const int Count = 200;
        await using var broker = await IotMqttBroker.StartAsync();
        await using var silent = await MqttTestClient.SubscribeAsync(broker, "member-silent", "$share/fleet/" + Topic, acknowledge: false);
        await using var steady = await MqttTestClient.SubscribeAsync(broker, "member-steady", "$share/fleet/" + Topic);

        await PublishAsync(broker, 1, Count / 2);
        await WaitUntilAsync(() => silent.Received.Count + steady.Received.Count >= Count / 2);
        var held = silent.Received.ToList();
        Assert.Equal(Count / 4, held.Count);
        await silent.DisconnectAsync();
        await PublishAsync(broker, (Count / 2) + 1, Count);

        await WaitUntilAsync(() => steady.Received.Distinct().Count() >= Count);
        Assert.Equal(Ids(1, Count), steady.Received.Distinct().Order(StringComparer.Ordinal));
        Assert.All(held, id => Assert.Contains(id, steady.Received));
        Assert.Equal(Count, steady.Received.Count);
    }

    [Fact]
    public async Task Two_groups_whose_filters_match_one_topic_each_get_every_message_once()
    {
        const int Count = 100;
        await using var broker = await IotMqttBroker.StartAsync();
        await using var first1 = await MqttTestClient.SubscribeAsync(broker, "g1-a", "$share/one/" + Topic);
        await using var first2 = await MqttTestClient.SubscribeAsync(broker, "g1-b", "$share/one/" + Topic);
        await using var second1 = await MqttTestClient.SubscribeAsync(broker, "g2-a", "$share/two/iot/fleet/+");
        await using var second2 = await MqttTestClient.SubscribeAsync(broker, "g2-b", "$share/two/iot/fleet/+");

        await PublishAsync(broker, 1, Count);
        await WaitUntilAsync(() => first1.Received.Count + first2.Received.Count >= Count && second1.Received.Count + second2.Received.Count >= Count);
        await Task.Delay(300);

        Assert.Equal(Ids(1, Count), first1.Received.Concat(first2.Received).Order(StringComparer.Ordinal));
        Assert.Equal(Ids(1, Count), second1.Received.Concat(second2.Received).Order(StringComparer.Ordinal));
    }

    private static async Task PublishAsync(IotMqttBroker broker, int from, int to)
    {
        for (var id = from; id <= to; id++)
        {
            await broker.PublishAsync(Topic, System.Text.Encoding.UTF8.GetBytes(Id(id)));
        }
    }

    private static string Id(int id) => "m" + id.ToString("D5", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Ids(int from, int to) => Enumerable.Range(from, to - from + 1).Select(Id);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the deliveries");
            await Task.Delay(20);
        }
    }
}
