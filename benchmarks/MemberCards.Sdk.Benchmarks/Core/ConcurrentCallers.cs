namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>
/// How the concurrent benchmarks overlap calls (issue 18): callers started at once on the thread pool, each making its
/// calls one after the other, so a fixed per-call CPU cost shows as it does in a busy host.
/// </summary>
internal static class ConcurrentCallers
{
    /// <summary>Runs <paramref name="concurrency"/> callers of <paramref name="callsPerCaller"/> calls each and waits for all.</summary>
    /// <param name="concurrency">How many callers run at once.</param>
    /// <param name="callsPerCaller">How many calls each makes.</param>
    /// <param name="call">One call.</param>
    /// <returns>A task that completes when every caller is done.</returns>
    public static Task RunAsync(int concurrency, int callsPerCaller, Func<Task<string>> call)
    {
        var callers = new Task[concurrency];
        for (var i = 0; i < callers.Length; i++)
        {
            callers[i] = Task.Run(async () =>
            {
                for (var n = 0; n < callsPerCaller; n++)
                {
                    await call().ConfigureAwait(false);
                }
            });
        }

        return Task.WhenAll(callers);
    }
}
