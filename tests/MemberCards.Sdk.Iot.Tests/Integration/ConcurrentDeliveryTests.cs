using MemberCards.Sdk.Iot.Tests.Support;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Iot.Tests.Integration;

/// <summary>The atomic claim: concurrent deliveries of one msgId run the handlers once; a throwing handler releases it.</summary>
public sealed class ConcurrentDeliveryTests
{
    [Fact]
    public async Task A_thousand_concurrent_deliveries_of_one_message_run_the_handler_exactly_once()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<EventRecorder>();
        collection.AddMemberCards().AddIotEvents().AddHandler<CompanyDeleteEvent, SlowHandler>();
        await using var services = collection.BuildServiceProvider();
        var dispatcher = services.GetRequiredService<IIotDispatcher>();
        var payload = new IotMessageBuilder().WithMessageId(4201).Add(SampleEvents.FullCompanyDelete()).ToBytes();

        using var start = new ManualResetEventSlim();
        var deliveries = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome;
        })).ToArray();
        start.Set();
        var outcomes = await Task.WhenAll(deliveries);

        Assert.Single(services.GetRequiredService<EventRecorder>().Calls);
        Assert.Equal(1, outcomes.Count(o => o == InboundOutcome.Handled));
        Assert.Equal(999, outcomes.Count(o => o is InboundOutcome.InProgress or InboundOutcome.Duplicate));
        Assert.Equal(InboundOutcome.Duplicate, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
    }

    [Fact]
    public async Task A_handler_that_throws_releases_the_claim_so_the_redelivery_runs_once()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<EventRecorder>();
        collection.AddMemberCards().AddIotEvents().AddHandler<CustomerBindCompanyEvent, FlakyBindHandler>();
        await using var services = collection.BuildServiceProvider();
        var recorder = services.GetRequiredService<EventRecorder>();
        var dispatcher = services.GetRequiredService<IIotDispatcher>();
        var payload = new IotMessageBuilder().WithMessageId(4202).Add(SampleEvents.FullBind()).ToBytes();
        recorder.FailNext(1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => dispatcher.DispatchAsync(IotSamples.Topic, payload));
        Assert.Equal(InboundOutcome.Handled, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
        Assert.Equal(InboundOutcome.Duplicate, (await dispatcher.DispatchAsync(IotSamples.Topic, payload)).Outcome);
    }

    /// <summary>Holds the claim for 20 ms, as a handler that calls a CRM would.</summary>
    private sealed class SlowHandler(EventRecorder recorder) : IIotMessageHandler<CompanyDeleteEvent>
    {
        public async Task HandleAsync(CompanyDeleteEvent message, IotMessageContext context, CancellationToken cancellationToken)
        {
            recorder.Calls.Enqueue((nameof(SlowHandler), message, context));
            await Task.Delay(20, cancellationToken);
        }
    }
}
