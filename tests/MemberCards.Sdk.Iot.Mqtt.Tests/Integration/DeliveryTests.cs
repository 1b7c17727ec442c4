using System.Diagnostics;
using MemberCards.Sdk.Iot.Mqtt.Tests.Support;
using MemberCards.Sdk.Testing.Iot;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Integration;

/// <summary>At-least-once delivery, exactly-once handling, through the in-process broker and a real mosquitto.</summary>
public sealed class DeliveryTests
{
    [Theory]
    [InlineData(TestBroker.InProcess)]
    [InlineData(TestBroker.PrivateMosquittoKind)]
    public async Task Ten_thousand_QoS1_messages_with_two_broker_restarts_are_each_handled_exactly_once(string kind)
    {
        const int Count = 10_000;
        var tenant = "restart" + Guid.NewGuid().ToString("N")[..8];
        using var metrics = new MetricsRecorder(tenant);
        await using var broker = await TestBroker.StartAsync(kind);
        await using var subscriber = await Subscriber.StartAsync(broker, tenant: tenant);
        var clock = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(50));

        var next = 0;
        var published = 0;
        async Task PublishAll()
        {
            for (var id = Interlocked.Increment(ref next); id <= Count; id = Interlocked.Increment(ref next))
            {
                await broker.PublishAsync(subscriber.Topic, Subscriber.Message(id), cancel.Token);
                Interlocked.Increment(ref published);
            }
        }

        var publishers = Enumerable.Range(0, 8).Select(_ => Task.Run(PublishAll)).ToArray();
        var restarts = 0;
        foreach (var at in new[] { Count * 3 / 10, Count * 65 / 100 })
        {
            // Mid-stream for the subscriber: restart once it has handled this many, then wait for its reconnect.
            await HandledMessages.WaitUntilAsync(() => subscriber.Handled.CompletedCount >= at, TimeSpan.FromSeconds(30), () => $"only {subscriber.Handled.CompletedCount} handled, {published} published");
            await broker.RestartAsync(TimeSpan.FromMilliseconds(300));
            restarts++;
            await HandledMessages.WaitUntilAsync(() => metrics[IotTelemetry.ReconnectsInstrument] >= restarts, TimeSpan.FromSeconds(15), () => $"no reconnect after restart {restarts}");
        }

        await Task.WhenAll(publishers);
        await HandledMessages.WaitUntilAsync(
            () => subscriber.Handled.CompletedCount == Count,
            TimeSpan.FromSeconds(45) - clock.Elapsed,
            () => $"{subscriber.Handled.CompletedCount} of {Count} handled ({kind})");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"took {clock.Elapsed}");
        var twice = subscriber.Handled.Completed.Where(p => p.Value != 1).Select(p => p.Key).ToList();
        Assert.True(twice.Count == 0, $"handled more than once: {string.Join(',', twice.Take(20))}");
        Assert.All(Enumerable.Range(1, Count), id => Assert.True(subscriber.Handled.Completed.ContainsKey(Subscriber.Id(id)), $"message {id} lost"));
        Assert.True(metrics[IotTelemetry.ReconnectsInstrument] >= 2, $"reconnects: {metrics[IotTelemetry.ReconnectsInstrument]}");
        Assert.Equal(Count, metrics[IotTelemetry.HandledInstrument]);
        Assert.True(metrics[IotTelemetry.ReceivedInstrument] >= Count);
    }

    [Theory]
    [InlineData(TestBroker.InProcess)]
    [InlineData(TestBroker.SharedMosquitto)]
    public async Task A_message_whose_handler_throws_is_redelivered_and_handled_once(string kind)
    {
        var tenant = "throw" + Guid.NewGuid().ToString("N")[..8];
        using var metrics = new MetricsRecorder(tenant);
        await using var broker = await TestBroker.StartAsync(kind);
        var handled = new HandledMessages();
        handled.FailFirstAttempts("7", 1);
        await using var subscriber = await Subscriber.StartAsync(broker, handled, tenant);

        for (var id = 1; id <= 20; id++)
        {
            await broker.PublishAsync(subscriber.Topic, Subscriber.Message(id), CancellationToken.None);
        }

        await HandledMessages.WaitUntilAsync(() => handled.CompletedCount == 20, TimeSpan.FromSeconds(20), () => $"{handled.CompletedCount} of 20 handled");
        Assert.Equal(2, handled.Attempts["7"]);
        Assert.All(handled.Completed, p => Assert.Equal(1, p.Value));
        Assert.All(handled.Attempts.Where(p => p.Key != "7"), p => Assert.Equal(1, p.Value));
        Assert.Equal(1, metrics[IotTelemetry.FailedInstrument]);
        Assert.True(metrics[IotTelemetry.ReconnectsInstrument] >= 1, "the session was reconnected for the redelivery");
        if (broker.Emulator is { } emulator)
        {
            await HandledMessages.WaitUntilAsync(() => emulator.AcknowledgedMessageIds.Contains("7"), TimeSpan.FromSeconds(5), () => "7 was never acknowledged");
        }
    }

    [Theory]
    [InlineData(TestBroker.InProcess)]
    [InlineData(TestBroker.SharedMosquitto)]
    public async Task Malformed_payloads_among_valid_ones_are_acknowledged_and_handed_to_the_poison_handler_and_the_subscription_keeps_running(string kind)
    {
        var tenant = "poison" + Guid.NewGuid().ToString("N")[..8];
        using var metrics = new MetricsRecorder(tenant);
        await using var broker = await TestBroker.StartAsync(kind);
        await using var subscriber = await Subscriber.StartAsync(broker, tenant: tenant);

        for (var id = 1; id <= 5; id++)
        {
            await broker.PublishAsync(subscriber.Topic, Subscriber.Message(id), CancellationToken.None);
        }

        await broker.PublishAsync(subscriber.Topic, "{not json"u8.ToArray(), CancellationToken.None);
        await broker.PublishAsync(subscriber.Topic, """{"msgId":99,"events":{"customerAdd":{"id":1.5,"phone":"13800001111"}}}"""u8.ToArray(), CancellationToken.None);
        await broker.PublishAsync($"{tenant}/project-1/v1-business-customer", Subscriber.Message(98), CancellationToken.None);
        for (var id = 6; id <= 10; id++)
        {
            await broker.PublishAsync(subscriber.Topic, Subscriber.Message(id), CancellationToken.None);
        }

        await HandledMessages.WaitUntilAsync(() => subscriber.Handled.CompletedCount == 10 && subscriber.Handled.Poison.Count == 3, TimeSpan.FromSeconds(15), () => $"{subscriber.Handled.CompletedCount} handled, {subscriber.Handled.Poison.Count} poison");
        var poison = subscriber.Handled.Poison.ToList();
        Assert.Null(poison[0].MessageId);
        Assert.Equal(subscriber.Topic, poison[0].Topic);
        Assert.Equal("99", poison[1].MessageId);
        Assert.Equal(tenant, poison[1].RegistrationName);
        Assert.IsType<MemberCardsFormatException>(poison[1].Error);
        Assert.DoesNotContain("13800001111", poison[1].Error.Message, StringComparison.Ordinal);
        Assert.Equal("98", poison[2].MessageId);
        Assert.Equal(3, metrics[IotTelemetry.MalformedInstrument]);

        // Still subscribed, and nothing comes back: the malformed ones were acknowledged.
        await broker.PublishAsync(subscriber.Topic, Subscriber.Message(11), CancellationToken.None);
        await HandledMessages.WaitUntilAsync(() => subscriber.Handled.CompletedCount == 11, TimeSpan.FromSeconds(10), () => "message 11 not handled");
        Assert.Equal(3, subscriber.Handled.Poison.Count);
        Assert.All(subscriber.Handled.Attempts, p => Assert.Equal(1, p.Value));
        Assert.Equal(0, metrics[IotTelemetry.ReconnectsInstrument]);
    }

    [Fact]
    public async Task Dropped_connections_mid_stream_lose_nothing_and_handle_nothing_twice()
    {
        const int Count = 2_000;
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        await using var subscriber = await Subscriber.StartAsync(broker);
        var publishing = Task.Run(async () =>
        {
            for (var id = 1; id <= Count; id++)
            {
                await broker.PublishAsync(subscriber.Topic, Subscriber.Message(id), CancellationToken.None);
            }
        });
        for (var drop = 0; drop < 3; drop++)
        {
            await Task.Delay(100);
            await broker.Emulator!.DropConnectionsAsync();
        }

        await publishing;
        await HandledMessages.WaitUntilAsync(() => subscriber.Handled.CompletedCount == Count, TimeSpan.FromSeconds(30), () => $"{subscriber.Handled.CompletedCount} of {Count} handled");
        Assert.All(subscriber.Handled.Completed, p => Assert.Equal(1, p.Value));
    }

    [Fact]
    public async Task The_seed_events_of_every_kind_reach_the_handlers_with_exact_64_bit_ids()
    {
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        var handled = new HandledMessages();
        await using var subscriber = await Subscriber.StartAsync(broker, handled, tenant: "demo-tenant");

        Assert.Equal(9, await broker.Emulator!.PublishSeedAsync());

        await HandledMessages.WaitUntilAsync(() => handled.CompletedCount == 9, TimeSpan.FromSeconds(10), () => $"{handled.CompletedCount} of 9");
        Assert.Equal(16, handled.EventKeys.Count);
        Assert.Equal(
            ["companyAdd", "companyDelete", "companyUpdate", "customerAdd", "customerBindCompany", "customerDelete", "customerUnbindCompany", "customerUpdate"],
            handled.EventKeys.Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("123132131231", handled.Completed.Keys);
        Assert.Contains("1090560337592619008", handled.Completed.Keys);
    }

    [Fact]
    public async Task With_PublishSeedOnSubscribe_a_subscription_to_the_emulator_gets_the_seed_at_once()
    {
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        broker.Emulator!.PublishSeedOnSubscribe = true;
        var handled = new HandledMessages();

        await using var subscriber = await Subscriber.StartAsync(broker, handled, tenant: "demo-tenant");

        await HandledMessages.WaitUntilAsync(() => handled.CompletedCount == 9, TimeSpan.FromSeconds(10), () => $"{handled.CompletedCount} of 9");
        await Task.Delay(200);

        // One handler run per event: the sample carries all 8 kinds, the others one each; nothing twice.
        Assert.Equal(8, handled.Completed["123132131231"]);
        Assert.All(handled.Completed.Where(p => p.Key != "123132131231"), p => Assert.Equal(1, p.Value));
    }
}
