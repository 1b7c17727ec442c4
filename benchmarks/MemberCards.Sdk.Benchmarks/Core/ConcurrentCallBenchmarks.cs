using BenchmarkDotNet.Attributes;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>
/// The shape of the concurrent benchmarks (issue 18): <see cref="Concurrency"/> callers started at once on the thread
/// pool, each making <see cref="CallsPerCaller"/> calls one after the other, so a fixed per-call CPU cost shows as it does
/// in a busy host, where a single-call benchmark hides it behind latency. A service's benchmark gives one call of the
/// SDK and one of its hand-written floor; the ratio of the two, in the same run, is the SDK's own cost.
/// </summary>
public abstract class ConcurrentCallBenchmarks
{
    /// <summary>How many calls each caller makes per invocation.</summary>
    public const int CallsPerCaller = 8;

    /// <summary>How many callers run at once.</summary>
    [Params(16)]
    public int Concurrency { get; set; }

    /// <summary>The floor's calls, overlapping: the baseline.</summary>
    /// <returns>A task that completes when every caller is done.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 16 * CallsPerCaller, Description = "floor, concurrent")]
    public Task Floor() => RunAsync(FloorCall);

    /// <summary>The SDK's calls, overlapping.</summary>
    /// <returns>A task that completes when every caller is done.</returns>
    [Benchmark(OperationsPerInvoke = 16 * CallsPerCaller, Description = "SDK, concurrent")]
    public Task Sdk() => RunAsync(SdkCall);

    /// <summary>One call through the bare-HttpClient floor; what it read, to compare with the SDK's.</summary>
    /// <returns>What was read.</returns>
    protected abstract Task<string> FloorCall();

    /// <summary>One call through the SDK; what it read, to compare with the floor's.</summary>
    /// <returns>What was read.</returns>
    protected abstract Task<string> SdkCall();

    /// <summary>Fails the setup when the SDK and the floor read different things (the comparison would be void).</summary>
    protected void AssertSameAnswer()
    {
        if (SdkCall().GetAwaiter().GetResult() != FloorCall().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The SDK and the floor disagree.");
        }
    }

    private Task RunAsync(Func<Task<string>> call)
    {
        var callers = new Task[Concurrency];
        for (var i = 0; i < callers.Length; i++)
        {
            callers[i] = Task.Run(async () =>
            {
                for (var n = 0; n < CallsPerCaller; n++)
                {
                    await call().ConfigureAwait(false);
                }
            });
        }

        return Task.WhenAll(callers);
    }
}
