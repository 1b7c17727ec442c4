namespace MemberCards.Sdk.Youzan.Tests.Support;

/// <summary>A card handler that takes 20 ms, counts its runs and can be told to fail its first runs.</summary>
internal sealed class SlowCardHandler(SlowCardRuns runs) : IYouzanMessageHandler<YouzanCardEvent>
{
    public async Task HandleAsync(YouzanCardEvent message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref runs.Attempts);
        await Task.Delay(20, cancellationToken);
        if (attempt <= runs.FailFirst)
        {
            throw new InvalidOperationException("The card store is down (injected).");
        }

        Interlocked.Increment(ref runs.Completed);
    }
}
