namespace MemberCards.Sdk;

/// <summary>
/// The names a service's <see cref="IMemberCardsRegistrationSource{TOptions}"/> gave, cached with an expiry
/// (<see cref="MemberCardsSourceOptions"/>), and everything the SDK built for them. The service's factories call
/// <see cref="Require"/> for a name that is not registered: a fresh entry answers at once; otherwise the options are
/// built again (the source fills them, the service's validators check them), published in the options cache, so every
/// <see cref="IOptionsMonitor{TOptions}"/> reader sees them, and the name gets new client chains
/// (<see cref="MemberCardsHttpClientFactory"/>); what the service built from the previous options (keys, token
/// providers) is dropped through the service's <c>forget</c> step and rebuilt on next use.
/// </summary>
/// <typeparam name="TOptions">The service's options type.</typeparam>
/// <remarks>
/// Reads are lock-free; loads take a lock striped by name (a fixed set of locks, so at most that many loads run at once),
/// so the source is asked once for a name however many callers wait, and different names load in parallel. An invalid
/// answer (the validators fail) is not cached: the next use asks again and fails again, naming the setting, until the
/// source is fixed.
/// <para>
/// A route with <c>{registration}</c> lets any caller choose the name, so what a name the source does not know can cost
/// is bounded: a name that cannot be a sourced name (<see cref="MemberCardsSourcedName"/>) is refused without asking the
/// source or remembering it, and the "unknown" answers live in <see cref="MemberCardsUnknownNames"/>, at most
/// <see cref="MemberCardsSourceOptions.MaxUnknownNames"/> of them, apart from the names the source knows, so they never
/// push one out. Known names are bounded by what the source gives: an entry stays until the name is asked again after
/// it expired (and the source no longer knows it) or is invalidated.
/// </para>
/// </remarks>
internal sealed class MemberCardsSourcedRegistrations<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IMemberCardsRegistrationCache<TOptions>
    where TOptions : class
{
    private const int GateCount = 64;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly MemberCardsUnknownNames unknown;
    private readonly object[] gates = [.. Enumerable.Range(0, GateCount).Select(_ => new object())];
    private readonly string service;
    private readonly MemberCardsRegistrations registrations;
    private readonly IOptionsFactory<TOptions> factory;
    private readonly IOptionsMonitorCache<TOptions> cache;
    private readonly IOptionsMonitor<MemberCardsSourceOptions> settings;
    private readonly TimeProvider time;
    private readonly MemberCardsHttpClientFactory clients;
    private readonly Func<string, IReadOnlyList<OutgoingClient<TOptions>>> clientsOf;
    private readonly Action<string, TOptions, bool> forget;
    private Action<string>? evictions;

    /// <summary>Creates the cache of one service.</summary>
    /// <param name="service">The service name.</param>
    /// <param name="registrations">The registered names (never sourced).</param>
    /// <param name="factory">Builds a name's options (the source's post-configuration and the validators run in it).</param>
    /// <param name="cache">The options cache that <see cref="IOptionsMonitor{TOptions}"/> reads.</param>
    /// <param name="settings">The expiry settings (named by the service).</param>
    /// <param name="time">The clock.</param>
    /// <param name="clients">Where the name's client chains are kept.</param>
    /// <param name="clientsOf">The service's outgoing clients of a registration name.</param>
    /// <param name="forget">
    /// Drops what the service built from a name's previous options (given with them); the flag says the name is gone
    /// (offboarded, invalidated, or its new options failed) rather than replaced by new, validated options.
    /// </param>
    public MemberCardsSourcedRegistrations(
        string service,
        MemberCardsRegistrations registrations,
        IOptionsFactory<TOptions> factory,
        IOptionsMonitorCache<TOptions> cache,
        IOptionsMonitor<MemberCardsSourceOptions> settings,
        TimeProvider time,
        MemberCardsHttpClientFactory clients,
        Func<string, IReadOnlyList<OutgoingClient<TOptions>>> clientsOf,
        Action<string, TOptions, bool> forget)
    {
        this.service = service;
        this.registrations = registrations;
        this.factory = factory;
        this.cache = cache;
        this.settings = settings;
        this.time = time;
        unknown = new MemberCardsUnknownNames(time);
        this.clients = clients;
        this.clientsOf = clientsOf;
        this.forget = forget;
    }

    /// <summary>
    /// Returns when <paramref name="name"/> is registered or the source knows it (loading it when it is not cached or
    /// has expired), so its options, clients and state are ready.
    /// </summary>
    /// <param name="name">The registration name.</param>
    /// <exception cref="InvalidOperationException">
    /// Neither registered nor known to the source (the usual short "not registered" message), or not a name the source
    /// is asked about (the message gives the rule).
    /// </exception>
    /// <exception cref="OptionsValidationException">The source's options for the name (or the source's settings) are invalid (the message names the setting).</exception>
    public void Require(string name)
    {
        if (Exists(name))
        {
            return;
        }

        var maxLength = settings.Get(service).MaxNameLength;
        throw new InvalidOperationException(MemberCardsSourcedName.IsAskable(name, maxLength)
            ? registrations.NotRegisteredMessage(service, name)
            : $"{MemberCardsSettingName.Of(service, name.Length <= maxLength ? name : name[..maxLength] + "...")} is not registered, and its registration source is not asked for it: a sourced name is at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters ({nameof(MemberCardsSourceOptions)}.{nameof(MemberCardsSourceOptions.MaxNameLength)}) of {MemberCardsSourcedName.Characters}. Register it with the {service} package's Add method, or give it a name that fits.");
    }

    /// <summary>
    /// Whether <paramref name="name"/> is registered or known to the source, loading it as <see cref="Require"/> does;
    /// a name that is neither is <see langword="false"/> rather than an exception, so that an endpoint can answer it as
    /// a route that does not exist without the cost of a throw per request.
    /// </summary>
    /// <param name="name">The registration name.</param>
    /// <returns>
    /// <see langword="true"/> when the name's options, clients and state are ready; <see langword="false"/> at once, without
    /// asking the source, for a name that is not registered and cannot be a sourced name (<see cref="MemberCardsSourcedName"/>).
    /// </returns>
    /// <exception cref="OptionsValidationException">The source's options for the name (or the source's settings) are invalid (the message names the setting).</exception>
    public bool Exists(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (registrations.Contains(service, name))
        {
            return true;
        }

        if (Fresh(name) is { } known)
        {
            return known;
        }

        var expiry = settings.Get(service);
        if (!MemberCardsSourcedName.IsAskable(name, expiry.MaxNameLength))
        {
            return false;
        }

        lock (GateOf(name))
        {
            return Fresh(name) ?? Load(name, expiry);
        }
    }

    /// <summary>
    /// Adds what else the SDK keeps per name and must let go of when a name is gone (offboarded, invalidated, or its new
    /// options failed): the service's inbound dispatcher, for one. Not called when a name's options are replaced by new,
    /// valid ones, since what it keeps reads the current options.
    /// </summary>
    /// <param name="evict">Drops what is kept for the name it is given.</param>
    public void OnDropped(Action<string> evict)
    {
        ArgumentNullException.ThrowIfNull(evict);
        Action<string>? seen, combined;
        do
        {
            seen = evictions;
            combined = (Action<string>)Delegate.Combine(seen, evict);
        }
        while (Interlocked.CompareExchange(ref evictions, combined, seen) != seen);
    }

    /// <inheritdoc />
    public void Invalidate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (GateOf(name))
        {
            unknown.Remove(name);
            if (entries.TryRemove(name, out var previous))
            {
                Drop(name, previous);
            }
        }
    }

    /// <inheritdoc />
    public void InvalidateAll()
    {
        unknown.Clear();
        foreach (var name in entries.Keys)
        {
            Invalidate(name);
        }
    }

    /// <summary>
    /// What a fresh answer says about the name (<see langword="true"/>: the source gave it; <see langword="false"/>: the
    /// source does not know it); <see langword="null"/> when there is none or it has expired (load it).
    /// </summary>
    private bool? Fresh(string name)
        => entries.TryGetValue(name, out var entry) && time.GetUtcNow() < entry.ExpiresAt ? true
            : unknown.Contains(name) ? false
            : null;

    /// <summary>Asks the source (through the options factory) and caches its answer; <see langword="false"/> when it does not know the name.</summary>
    private bool Load(string name, MemberCardsSourceOptions expiry)
    {
        entries.TryGetValue(name, out var previous);
        TOptions created;
        try
        {
            created = factory.Create(name);
        }
        catch (MemberCardsNotRegisteredException)
        {
            // Offboarded (or never known): remember the answer for a while, among the bounded unknown names, and drop
            // what was built for the name.
            entries.TryRemove(name, out _);
            unknown.Add(name, time.GetUtcNow() + expiry.UnknownCacheDuration, expiry.MaxUnknownNames);
            Drop(name, previous);
            return false;
        }
        catch
        {
            // Invalid options (or a failing source): nothing cached, the next use asks again.
            entries.TryRemove(name, out _);
            unknown.Remove(name);
            Drop(name, previous);
            throw;
        }

        // Publish the new options first, then drop the service's state built from the old ones and give the name new
        // client chains: everything rebuilt from here on reads the new options. Requests in flight finish on the old
        // chain with the old keys.
        cache.TryRemove(name);
        cache.TryAdd(name, created);
        entries[name] = new Entry(created, time.GetUtcNow() + expiry.CacheDuration);
        unknown.Remove(name);
        if (previous is not null)
        {
            forget(name, previous.Options, false);
        }

        foreach (var client in clientsOf(name))
        {
            clients.Put(client);
        }

        return true;
    }

    /// <summary>Removes a name's options, the service's state, what else is kept for it (<see cref="OnDropped"/>) and its client chains.</summary>
    private void Drop(string name, Entry? previous)
    {
        cache.TryRemove(name);
        evictions?.Invoke(name);
        if (previous is null)
        {
            return;
        }

        forget(name, previous.Options, true);
        foreach (var client in clientsOf(name))
        {
            clients.Remove(client.Name);
        }
    }

    private object GateOf(string name) => gates[(StringComparer.Ordinal.GetHashCode(name) & int.MaxValue) % GateCount];

    /// <summary>What the source gave for a name it knows: its options, until when.</summary>
    private sealed record Entry(TOptions Options, DateTimeOffset ExpiresAt);
}
