using System.Collections.Concurrent;

namespace MemberCards.Sdk.TestSources;

/// <summary>What test handlers saw, one line each (which registration, which message), safe to add to from concurrent handlers.</summary>
internal sealed class HandledEntries
{
    private readonly ConcurrentQueue<string> entries = new();

    /// <summary>The lines so far, in the order they were added.</summary>
    public IReadOnlyList<string> Entries => [.. entries];

    /// <summary>Adds one line.</summary>
    /// <param name="entry">What a handler saw.</param>
    public void Add(string entry) => entries.Enqueue(entry);
}
