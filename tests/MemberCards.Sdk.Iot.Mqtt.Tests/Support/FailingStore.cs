namespace MemberCards.Sdk.Iot.Mqtt.Tests.Support;

/// <summary>A de-duplication store whose server does not answer, as the Redis store reports it.</summary>
internal sealed class FailingStore : IMessageDeduplicationStore
{
    public ValueTask<MessageClaim> TryClaimAsync(string key, TimeSpan processingTimeout, CancellationToken cancellationToken = default)
        => throw new MemberCardsCoordinationException("Redis", "claim", key, new TimeoutException("no answer"));

    public ValueTask CompleteAsync(MessageClaim claim, TimeSpan retention, CancellationToken cancellationToken = default)
        => ValueTask.CompletedTask;

    public ValueTask ReleaseAsync(MessageClaim claim, CancellationToken cancellationToken = default)
        => ValueTask.CompletedTask;
}
