using MemberCards.Sdk.Iot.Mqtt.Tests.Support;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Integration;

/// <summary>Host stop with messages in flight: nothing is acknowledged that was not handled; the rest stays with the broker.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_lets_the_in_flight_handler_finish_and_leaves_the_rest_with_the_broker()
    {
        const int Count = 40;
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        var handled = new HandledMessages { Delay = TimeSpan.FromMilliseconds(100) };
        var tenant = "stop" + Guid.NewGuid().ToString("N")[..8];
        var first = await Subscriber.StartAsync(broker, handled, tenant);
        for (var id = 1; id <= Count; id++)
        {
            await broker.PublishAsync(first.Topic, Subscriber.Message(id), CancellationToken.None);
        }

        await HandledMessages.WaitUntilAsync(() => handled.CompletedCount >= 3, TimeSpan.FromSeconds(10), () => "nothing handled");
        await first.DisposeAsync();
        var handledBeforeStop = handled.Completed.Keys.ToHashSet();
        var emulator = broker.Emulator!;

        // Never acknowledged but unhandled, at any moment; and the acknowledgements sent before the DISCONNECT all arrive.
        Assert.Subset(handledBeforeStop, emulator.AcknowledgedMessageIds.ToHashSet());
        await HandledMessages.WaitUntilAsync(() => emulator.AcknowledgedMessageIds.Count == handledBeforeStop.Count, TimeSpan.FromSeconds(5), () => $"acknowledged {string.Join(',', emulator.AcknowledgedMessageIds)} of {string.Join(',', handledBeforeStop)}");
        Assert.InRange(handledBeforeStop.Count, 3, Count - 1);
        Assert.Equal(handledBeforeStop, emulator.AcknowledgedMessageIds.ToHashSet());

        // The next run of the host (same client id: same session) gets exactly the rest.
        handled.Delay = TimeSpan.Zero;
        await using var second = await Subscriber.StartAsync(broker, handled, tenant);
        await HandledMessages.WaitUntilAsync(() => handled.CompletedCount == Count, TimeSpan.FromSeconds(15), () => $"{handled.CompletedCount} of {Count}");
        Assert.All(handled.Completed, p => Assert.Equal(1, p.Value));
        Assert.All(handled.Attempts, p => Assert.Equal(1, p.Value));
    }

    [Fact]
    public async Task A_handler_still_running_at_the_shutdown_timeout_is_cancelled_and_its_message_is_not_acknowledged()
    {
        await using var broker = await TestBroker.StartAsync(TestBroker.InProcess);
        var handled = new HandledMessages { Delay = TimeSpan.FromSeconds(30) };
        var tenant = "cancel" + Guid.NewGuid().ToString("N")[..8];
        var first = await Subscriber.StartAsync(broker, handled, tenant, shutdownTimeout: TimeSpan.FromMilliseconds(300));
        await broker.PublishAsync(first.Topic, Subscriber.Message(1), CancellationToken.None);
        await HandledMessages.WaitUntilAsync(() => handled.Attempts.ContainsKey("1"), TimeSpan.FromSeconds(10), () => "the handler never started");

        await first.DisposeAsync();
        await HandledMessages.WaitUntilAsync(() => !broker.Emulator!.ConnectedClientsAsync().GetAwaiter().GetResult().Contains("subscriber-" + tenant), TimeSpan.FromSeconds(5), () => "the stopped host is still connected");

        Assert.Empty(handled.Completed);
        Assert.Empty(broker.Emulator!.AcknowledgedMessageIds);
        handled.Delay = TimeSpan.Zero;
        await using var second = await Subscriber.StartAsync(broker, handled, tenant);
        await HandledMessages.WaitUntilAsync(() => handled.CompletedCount == 1, TimeSpan.FromSeconds(10), () => "not redelivered");
        Assert.Equal(2, handled.Attempts["1"]);

        // The acknowledgement follows the handler's completion over the wire, so it may arrive a moment later.
        await HandledMessages.WaitUntilAsync(() => broker.Emulator.AcknowledgedMessageIds.Contains("1"), TimeSpan.FromSeconds(5), () => "the redelivered message was handled but never acknowledged");
    }
}
