namespace MemberCards.Sdk;

/// <summary>
/// Every named options instance that <c>AddMemberCardsOptions</c> registered, with how to build (and so validate) it
/// and how to check it for conflicting <c>Configure</c> calls. Nothing is built at registration: the start check
/// (<see cref="MemberCardsStartValidator"/>) goes through it only when asked to. One per service collection, held by
/// <see cref="MemberCardsRegistrations"/>.
/// </summary>
internal sealed class MemberCardsOptionsCatalog
{
    private readonly Lock gate = new();
    private readonly List<MemberCardsOptionsEntry> entries = [];
    private readonly HashSet<(Type OptionsType, string Name)> known = [];
    private readonly Dictionary<Type, MemberCardsOptionsEntry> byType = [];

    /// <summary>Records one named options instance; a second call for the same type and name is ignored.</summary>
    /// <param name="entry">The entry.</param>
    public void Add(MemberCardsOptionsEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            if (known.Add((entry.OptionsType, entry.Name)))
            {
                entries.Add(entry);
                byType.TryAdd(entry.OptionsType, entry);
            }
        }
    }

    /// <summary>The entries, in the order they were registered.</summary>
    /// <returns>A copy.</returns>
    public IReadOnlyList<MemberCardsOptionsEntry> Snapshot()
    {
        lock (gate)
        {
            return [.. entries];
        }
    }

    /// <summary>The conflict check of an options type, or <see langword="null"/> when no name of it was registered here.</summary>
    /// <param name="optionsType">The options type.</param>
    /// <returns>The check, given the registrations and a name.</returns>
    public Func<MemberCardsRegistrations, string, ValidateOptionsResult>? ConflictsOf(Type optionsType)
    {
        lock (gate)
        {
            return byType.TryGetValue(optionsType, out var entry) ? entry.Conflicts : null;
        }
    }
}
