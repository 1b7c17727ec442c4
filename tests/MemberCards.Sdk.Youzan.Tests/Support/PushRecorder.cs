using System.Collections.Concurrent;

namespace MemberCards.Sdk.Youzan.Tests.Support;

/// <summary>What the test handlers saw, and how many times they should fail first.</summary>
internal sealed class PushRecorder
{
    private int failuresLeft;

    public ConcurrentQueue<YouzanCardEvent> Cards { get; } = new();

    public ConcurrentQueue<YouzanCustomerCardEvent> CustomerCards { get; } = new();

    public ConcurrentQueue<YouzanPush> Others { get; } = new();

    public int Attempts;

    public void FailNext(int times) => failuresLeft = times;

    public void Attempt()
    {
        Interlocked.Increment(ref Attempts);
        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The card store is down (injected).");
        }
    }
}

internal sealed class CardHandler(PushRecorder recorder) : IYouzanMessageHandler<YouzanCardEvent>
{
    public Task HandleAsync(YouzanCardEvent message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Attempt();
        recorder.Cards.Enqueue(message);
        return Task.CompletedTask;
    }
}

internal sealed class CustomerCardHandler(PushRecorder recorder) : IYouzanMessageHandler<YouzanCustomerCardEvent>
{
    public Task HandleAsync(YouzanCustomerCardEvent message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Attempt();
        recorder.CustomerCards.Enqueue(message);
        return Task.CompletedTask;
    }
}

internal sealed class OtherPushHandler(PushRecorder recorder) : IYouzanMessageHandler<YouzanPush>
{
    public Task HandleAsync(YouzanPush message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Attempt();
        recorder.Others.Enqueue(message);
        return Task.CompletedTask;
    }
}
