using System.Collections.Concurrent;

namespace MemberCards.Sdk.AspNetCore.Tests.Support;

/// <summary>What the test handlers received, and how many of the next calls they should fail.</summary>
internal sealed class HandledMessages
{
    private readonly ConcurrentQueue<object> handled = new();
    private int failuresLeft;
    private int failures;

    public IReadOnlyList<object> All => [.. handled];

    public int Failures => Volatile.Read(ref failures);

    public void FailNext(int times = 1) => Interlocked.Exchange(ref failuresLeft, times);

    /// <summary>Records a message, or throws when a failure was scripted (nothing is recorded then).</summary>
    public Task RecordAsync(object message)
    {
        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            Interlocked.Increment(ref failures);
            throw new InvalidOperationException("The test handler failed on purpose.");
        }

        Interlocked.Exchange(ref failuresLeft, 0);
        handled.Enqueue(message);
        return Task.CompletedTask;
    }

    public IReadOnlyList<T> Of<T>() => [.. handled.OfType<T>()];
}
