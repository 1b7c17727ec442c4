namespace MemberCards.Sdk;

/// <summary>
/// The one names registry of the SDK: which registration names (the default, empty, and named ones) each
/// service has. Every <c>AddXxx(name)</c> records its name here and every factory checks it, so
/// <c>Create("nope")</c> fails at once with the names that exist.
/// </summary>
public sealed class MemberCardsRegistrations
{
    /// <summary>The most registration names an unknown-name error lists (all of them up to this count, else the closest).</summary>
    private const int ListedNamesLimit = 5;

    private readonly ConcurrentDictionary<(string Service, string Name), byte> names = new();
    private readonly ConcurrentDictionary<object, byte> sharedRegistrations = new();
    private readonly ConcurrentDictionary<string, byte> sourcedServices = new(StringComparer.Ordinal);

    /// <summary>The settings each <c>AddXxx</c> call set in code (see <see cref="MemberCardsConflictValidator{TOptions}"/>).</summary>
    internal MemberCardsConfigureLog Configurations { get; } = new();

    /// <summary>Every named options instance registered, for the start check (<see cref="MemberCardsStartValidator"/>).</summary>
    internal MemberCardsOptionsCatalog OptionsCatalog { get; } = new();

    /// <summary>
    /// <see langword="true"/> the first time <paramref name="key"/> is claimed in this service collection, then
    /// <see langword="false"/>. Shared services that every <c>AddXxx(name)</c> needs are added once under a key instead
    /// of a <c>TryAdd</c> per call, which scans the whole collection and makes registering N names cost N².
    /// </summary>
    /// <param name="key">What is registered once, such as a tuple of the service and the registering type.</param>
    /// <returns>Whether the caller is the first.</returns>
    internal bool FirstTime(object key) => sharedRegistrations.TryAdd(key, 0);

    /// <summary>Records a registration; <see langword="false"/> when it was recorded before.</summary>
    /// <param name="service">The service, such as <c>WeChatPay</c>.</param>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <returns><see langword="true"/> the first time.</returns>
    public bool Add(string service, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(name);
        return names.TryAdd((service, name), 0);
    }

    /// <summary>
    /// Records that <paramref name="service"/> has a registration source (<see cref="IMemberCardsRegistrationSource{TOptions}"/>),
    /// so its "not registered" error says that the source does not know the name either.
    /// </summary>
    /// <param name="service">The service.</param>
    /// <returns><see langword="true"/> the first time.</returns>
    internal bool AddSource(string service) => sourcedServices.TryAdd(service, 0);

    /// <summary>Whether <paramref name="service"/> has a registration source (<see cref="IMemberCardsRegistrationSource{TOptions}"/>).</summary>
    /// <param name="service">The service.</param>
    /// <returns><see langword="true"/> when one was added.</returns>
    internal bool HasSource(string service) => sourcedServices.ContainsKey(service);

    /// <summary>Whether a registration exists.</summary>
    /// <param name="service">The service.</param>
    /// <param name="name">The registration name.</param>
    /// <returns><see langword="true"/> when it was added.</returns>
    public bool Contains(string service, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(name);
        return names.ContainsKey((service, name));
    }

    /// <summary>The registration names of a service, sorted (the default one is empty).</summary>
    /// <param name="service">The service.</param>
    /// <returns>The names.</returns>
    public IReadOnlyList<string> NamesOf(string service)
        => [.. names.Keys.Where(k => k.Service == service).Select(k => k.Name).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Throws when a service has no registration of that name. The message names every registered name when there are at
    /// most five of them; otherwise it gives how many are registered and the five closest to the name asked for (fewest
    /// edits, then longest common prefix), so it stays short in a host of thousands of names.
    /// </summary>
    /// <param name="service">The service.</param>
    /// <param name="name">The registration name asked for.</param>
    /// <exception cref="InvalidOperationException">No such registration.</exception>
    public void Require(string service, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Contains(service, name))
        {
            return;
        }

        throw new InvalidOperationException(NotRegisteredMessage(service, name));
    }

    /// <summary>
    /// Throws when <paramref name="name"/> is neither registered nor known to the service's registration source
    /// (asking the source, through its cache, when there is one).
    /// </summary>
    /// <typeparam name="TOptions">The service's options type.</typeparam>
    /// <param name="service">The service.</param>
    /// <param name="name">The registration name asked for.</param>
    /// <param name="sourced">The service's sourced registrations, or <see langword="null"/> when it has no source.</param>
    /// <exception cref="InvalidOperationException">No such registration.</exception>
    internal void Require<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(string service, string name, MemberCardsSourcedRegistrations<TOptions>? sourced)
        where TOptions : class
    {
        if (sourced is null)
        {
            Require(service, name);
        }
        else
        {
            sourced.Require(name);
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is registered or known to the service's registration source (asking the source,
    /// through its cache, when there is one), without throwing for a name that is neither.
    /// </summary>
    /// <typeparam name="TOptions">The service's options type.</typeparam>
    /// <param name="service">The service.</param>
    /// <param name="name">The registration name asked for.</param>
    /// <param name="sourced">The service's sourced registrations, or <see langword="null"/> when it has no source.</param>
    /// <returns><see langword="true"/> when the name can be used.</returns>
    /// <exception cref="OptionsValidationException">The source's options for the name are invalid (the message names the setting).</exception>
    internal bool Exists<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(string service, string name, MemberCardsSourcedRegistrations<TOptions>? sourced)
        where TOptions : class
        => sourced?.Exists(name) ?? Contains(service, name);

    /// <summary>The message of <see cref="Require(string, string)"/> for a name that is not registered (nor known to the service's source).</summary>
    /// <param name="service">The service.</param>
    /// <param name="name">The registration name asked for.</param>
    /// <returns>The message.</returns>
    internal string NotRegisteredMessage(string service, string name)
    {
        var known = NamesOf(service);
        var list = known.Count switch
        {
            0 => "registered: none",
            <= ListedNamesLimit => "registered: " + string.Join(", ", known.Select(Describe)),
            _ => $"{known.Count.ToString("N0", CultureInfo.InvariantCulture)} registered; closest: {string.Join(", ", RegistrationNameMatch.Closest(name, known, ListedNamesLimit).Select(Describe))}",
        };
        var source = HasSource(service) ? " and its registration source does not know it" : string.Empty;
        return $"{MemberCardsSettingName.Of(service, name)} is not registered ({list}){source}. Register it with the {service} package's Add method on AddMemberCards(), {Hint(name)}{(source.Length > 0 ? ", or add it to the source and invalidate the name" : string.Empty)}.";
    }

    private static string Describe(string name) => name.Length == 0 ? "the default" : $"'{name}'";

    private static string Hint(string name)
        => name.Length == 0 ? "without a name for the default one" : $"with the name \"{name}\"";
}
