namespace MemberCards.Sdk;

/// <summary>
/// The settings each <c>AddXxx(name)</c> call set in code, kept so that two calls for the same registration that set
/// one setting to different values are found (<see cref="MemberCardsConflictValidator{TOptions}"/>) instead of the
/// last one winning silently. One per service collection, held by <see cref="MemberCardsRegistrations"/>. Entries are
/// kept per options type and name, so looking one registration up does not walk those of every other.
/// </summary>
internal sealed class MemberCardsConfigureLog
{
    private readonly Lock gate = new();
    private readonly Dictionary<(Type OptionsType, string Name), List<MemberCardsConfigureEntry>> entries = [];

    /// <summary>Records one <c>Configure</c> of one <c>AddXxx</c> call.</summary>
    /// <param name="entry">The entry.</param>
    public void Add(MemberCardsConfigureEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            var key = (entry.OptionsType, entry.Name);
            if (!entries.TryGetValue(key, out var list))
            {
                list = [];
                entries.Add(key, list);
            }

            list.Add(entry);
        }
    }

    /// <summary>The entries of one options type and registration, in the order they were added.</summary>
    /// <param name="optionsType">The options type.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<MemberCardsConfigureEntry> Of(Type optionsType, string name)
    {
        lock (gate)
        {
            return entries.TryGetValue((optionsType, name), out var list) ? [.. list] : [];
        }
    }

    /// <summary>The registrations (options type and name) that more than one <c>AddXxx</c> call configured in code: the only ones that can conflict.</summary>
    /// <returns>The options types and names.</returns>
    public IReadOnlyList<(Type OptionsType, string Name)> ConfiguredBySeveralCalls()
    {
        lock (gate)
        {
            return [.. entries.Where(e => e.Value.Select(c => c.Call).Distinct().Skip(1).Any()).Select(e => e.Key)];
        }
    }
}
