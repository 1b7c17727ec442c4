namespace MemberCards.Sdk;

/// <summary>
/// The names a registration source said it does not know, each until its expiry, bounded in number: a route with
/// <c>{registration}</c> lets any caller choose the name, so this set must not grow with what callers send. Every
/// addition first drops the expired names (the oldest are at the front of the insertion order, so each is looked at
/// once: amortized constant time), then the oldest live ones while more than the cap remain. Reads take no lock;
/// changes take one lock of their own.
/// </summary>
/// <param name="time">The clock.</param>
internal sealed class MemberCardsUnknownNames(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> names = new(StringComparer.Ordinal);
    private readonly Queue<(string Name, DateTimeOffset ExpiresAt)> order = new();
    private readonly Lock sync = new();
    private int count;

    /// <summary>How many names are remembered (at most the cap of the last <see cref="Add"/>).</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>Whether <paramref name="name"/> is remembered as unknown and has not expired.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns><see langword="true"/> while the "unknown" answer holds.</returns>
    public bool Contains(string name) => names.TryGetValue(name, out var expiresAt) && time.GetUtcNow() < expiresAt;

    /// <summary>Remembers <paramref name="name"/> as unknown until <paramref name="expiresAt"/>, keeping at most <paramref name="capacity"/> names.</summary>
    /// <param name="name">The registration name.</param>
    /// <param name="expiresAt">When the answer expires.</param>
    /// <param name="capacity">The most names kept (at least 1).</param>
    public void Add(string name, DateTimeOffset expiresAt, int capacity)
    {
        lock (sync)
        {
            if (!names.ContainsKey(name))
            {
                count++;
            }

            names[name] = expiresAt;
            order.Enqueue((name, expiresAt));
            var now = time.GetUtcNow();

            // An entry of the order is stale when its name was removed or added again since; dropping it changes
            // nothing. Stale entries never outnumber the live ones by more than the cap.
            while (order.TryPeek(out var oldest) && (oldest.ExpiresAt <= now || count > capacity || order.Count - count > capacity))
            {
                order.Dequeue();
                if (names.TryRemove(new KeyValuePair<string, DateTimeOffset>(oldest.Name, oldest.ExpiresAt)))
                {
                    count--;
                }
            }
        }
    }

    /// <summary>Forgets <paramref name="name"/>: its next use asks the source.</summary>
    /// <param name="name">The registration name.</param>
    public void Remove(string name)
    {
        lock (sync)
        {
            if (names.TryRemove(name, out _))
            {
                count--;
            }
        }
    }

    /// <summary>Forgets every name.</summary>
    public void Clear()
    {
        lock (sync)
        {
            names.Clear();
            order.Clear();
            count = 0;
        }
    }
}
