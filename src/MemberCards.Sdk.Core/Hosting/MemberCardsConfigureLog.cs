namespace MemberCards.Sdk;

/// <summary>
/// The settings each <c>AddXxx(name)</c> call set in code, kept so that two calls for the same registration that set
/// one setting to different values are found (<see cref="MemberCardsConflictValidator{TOptions}"/>) instead of the
/// last one winning silently. One per service collection, held by <see cref="MemberCardsRegistrations"/>.
/// </summary>
internal sealed class MemberCardsConfigureLog
{
    private readonly Lock gate = new();
    private readonly List<MemberCardsConfigureEntry> entries = [];

    /// <summary>Records one <c>Configure</c> of one <c>AddXxx</c> call.</summary>
    /// <param name="entry">The entry.</param>
    public void Add(MemberCardsConfigureEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            entries.Add(entry);
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
            return [.. entries.Where(e => e.OptionsType == optionsType && e.Name == name)];
        }
    }
}
