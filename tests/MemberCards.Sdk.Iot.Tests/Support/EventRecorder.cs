using System.Collections.Concurrent;
using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk.Iot.Tests.Support;

/// <summary>What the test handlers saw, and how many times the failing handler should still fail.</summary>
internal sealed class EventRecorder
{
    private int failuresLeft;

    internal ConcurrentQueue<(string Handler, IotEvent Event, IotMessageContext Context)> Calls { get; } = new();

    internal void FailNext(int times) => Volatile.Write(ref failuresLeft, times);

    internal bool ShouldFail() => Interlocked.Decrement(ref failuresLeft) >= 0;

    internal IReadOnlyList<string> Handled(string handler) => [.. Calls.Where(c => c.Handler == handler).Select(c => c.Event.Key)];
}

/// <summary>Records every event of type <typeparamref name="TEvent"/>.</summary>
internal sealed class RecordingHandler<TEvent>(EventRecorder recorder) : IIotMessageHandler<TEvent>
    where TEvent : IotEvent
{
    public Task HandleAsync(TEvent @event, IotMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Calls.Enqueue((typeof(TEvent).Name, @event, context));
        return Task.CompletedTask;
    }
}

/// <summary>Fails customerBindCompany events while the recorder says so.</summary>
internal sealed class FlakyBindHandler(EventRecorder recorder) : IIotMessageHandler<CustomerBindCompanyEvent>
{
    public Task HandleAsync(CustomerBindCompanyEvent @event, IotMessageContext context, CancellationToken cancellationToken)
        => recorder.ShouldFail() ? throw new InvalidOperationException("downstream CRM unavailable") : Task.CompletedTask;
}
