namespace MemberCards.Sdk.Redis;

/// <summary>
/// Settings of the Redis fleet coordination registered by <c>UseRedis(...)</c>: where keys go and how long a
/// command may take before the SDK gives up on it.
/// </summary>
public sealed class MemberCardsRedisOptions
{
    /// <summary>The default key prefix: <c>membercards:</c>.</summary>
    public const string DefaultKeyPrefix = "membercards:";

    /// <summary>
    /// The prefix of every key the SDK writes (claims, locks, shared cache entries), so several applications can
    /// share one Redis database. Default <c>membercards:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>
    /// How long one Redis command may take before it fails with <see cref="MemberCardsCoordinationException"/>
    /// (an inbound message is then answered with "retry"; a token fetch falls back to this process). Default 2 s.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long connecting may take when the SDK opens the connection itself (from a connection string). Default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether the SDK's <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/> (where access tokens
    /// and WeChat Pay platform certificates are shared) is moved to Redis when it is still the in-memory default
    /// of <c>AddMemberCards()</c>. A cache the host registered itself is always kept. Default <see langword="true"/>.
    /// </summary>
    public bool ShareDistributedCache { get; set; } = true;

    /// <inheritdoc />
    public override string ToString()
        => $"MemberCardsRedisOptions {{ KeyPrefix = {KeyPrefix}, OperationTimeout = {OperationTimeout}, ConnectTimeout = {ConnectTimeout}, ShareDistributedCache = {ShareDistributedCache} }}";
}
