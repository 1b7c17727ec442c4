namespace MemberCards.Sdk;

/// <summary>One named options instance in <see cref="MemberCardsOptionsCatalog"/>.</summary>
/// <param name="OptionsType">The options type.</param>
/// <param name="Name">The registration name (empty for the default one).</param>
/// <param name="Build">Builds the options of a name from a service provider (through <c>IOptionsMonitor</c>, so they are validated and cached).</param>
/// <param name="Conflicts">Checks a name for two <c>Configure</c> calls that set one setting to different values, without building the options.</param>
internal sealed record MemberCardsOptionsEntry(
    Type OptionsType,
    string Name,
    Action<IServiceProvider, string> Build,
    Func<MemberCardsRegistrations, string, ValidateOptionsResult> Conflicts);
