using System.Collections.Concurrent;

namespace MemberCards.Sdk.TestSources;

/// <summary>A registration source over a dictionary, as an ISV's database would be: put, change and remove names while the host runs; counts the questions.</summary>
/// <typeparam name="TOptions">The service's options type.</typeparam>
internal sealed class InMemoryRegistrationSource<TOptions> : IMemberCardsRegistrationSource<TOptions>
    where TOptions : class
{
    private readonly ConcurrentDictionary<string, Action<TOptions>> names = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> asked = new();

    /// <summary>Every name the SDK asked for, in order.</summary>
    public IReadOnlyList<string> Asked => [.. asked];

    /// <summary>Adds or replaces a name.</summary>
    public void Put(string name, Action<TOptions> configure) => names[name] = configure;

    /// <summary>Removes a name.</summary>
    public void Remove(string name) => names.TryRemove(name, out _);

    /// <summary>How often the SDK asked for <paramref name="name"/>.</summary>
    public int AskedFor(string name) => asked.Count(n => n == name);

    public bool TryConfigure(string name, TOptions options)
    {
        asked.Enqueue(name);
        if (!names.TryGetValue(name, out var configure))
        {
            return false;
        }

        configure(options);
        return true;
    }
}
