namespace MemberCards.Sdk.Testing;

/// <summary>
/// The faults an emulator will inject, in order. Each entry applies to the next <c>times</c> requests
/// whose path contains the given fragment (any request when no fragment is given).
/// </summary>
public sealed class FaultScript
{
    private readonly ConcurrentQueue<Entry> entries = new();
    private readonly object gate = new();

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="times"/> matching requests.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="pathContains">A fragment the request path must contain, or <see langword="null"/> for any request.</param>
    /// <param name="times">How many requests it applies to.</param>
    /// <returns>This script, for chaining.</returns>
    public FaultScript Next(Fault fault, string? pathContains = null, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        entries.Enqueue(new Entry(fault, pathContains, times));
        return this;
    }

    /// <summary>Removes every pending fault.</summary>
    public void Clear() => entries.Clear();

    /// <summary>The number of fault entries still pending.</summary>
    public int Pending => entries.Count;

    /// <summary>Takes the fault for a request to <paramref name="path"/>, if one applies.</summary>
    /// <param name="path">The request path.</param>
    /// <returns>The fault, or <see langword="null"/>.</returns>
    internal Fault? Take(string path)
    {
        lock (gate)
        {
            foreach (var entry in entries)
            {
                if (entry.Remaining > 0 && (entry.PathContains is null || path.Contains(entry.PathContains, StringComparison.Ordinal)))
                {
                    entry.Remaining--;
                    if (entry.Remaining == 0)
                    {
                        Compact();
                    }

                    return entry.Fault;
                }
            }

            return null;
        }
    }

    private void Compact()
    {
        var keep = entries.Where(e => e.Remaining > 0).ToArray();
        entries.Clear();
        foreach (var entry in keep)
        {
            entries.Enqueue(entry);
        }
    }

    private sealed class Entry(Fault fault, string? pathContains, int times)
    {
        public Fault Fault { get; } = fault;

        public string? PathContains { get; } = pathContains;

        public int Remaining { get; set; } = times;
    }
}
