using Microsoft.Extensions.Caching.Distributed;

namespace MemberCards.Sdk;

/// <summary>
/// <see cref="IMessageDeduplicationStore"/> over <see cref="IDistributedCache"/>: in-memory by default,
/// shared across servers when the host registers Redis, SQL Server or another distributed cache.
/// </summary>
/// <param name="cache">The distributed cache.</param>
public sealed class DistributedCacheDeduplicationStore(IDistributedCache cache) : IMessageDeduplicationStore
{
    private const string Prefix = "membercards:dedup:";
    private static readonly byte[] Marker = [1];

    /// <inheritdoc />
    public async ValueTask<bool> HasProcessedAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        return await cache.GetAsync(Prefix + key, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async ValueTask MarkProcessedAsync(string key, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        await cache.SetAsync(Prefix + key, Marker, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = retention }, cancellationToken).ConfigureAwait(false);
    }
}
