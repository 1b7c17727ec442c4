namespace MemberCards.Sdk.Redis.FleetHost;

/// <summary>What the push handler of this instance did: successful runs, runs that threw, and the next run's fault.</summary>
internal sealed class HandlerProbe
{
    private int runs;
    private int throws;
    private int failNext;

    public int Runs => Volatile.Read(ref runs);

    public int Throws => Volatile.Read(ref throws);

    /// <summary>How long each run takes (so that concurrent deliveries overlap it).</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMilliseconds(200);

    public void FailNext() => Volatile.Write(ref failNext, 1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Duration, cancellationToken).ConfigureAwait(false);
        if (Interlocked.Exchange(ref failNext, 0) == 1)
        {
            Interlocked.Increment(ref throws);
            throw new InvalidOperationException("fleet host: the handler fails this delivery on purpose");
        }

        Interlocked.Increment(ref runs);
    }
}
