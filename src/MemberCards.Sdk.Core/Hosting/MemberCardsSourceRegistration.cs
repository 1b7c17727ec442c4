namespace MemberCards.Sdk;

/// <summary>The registration plumbing of a service's <see cref="IMemberCardsRegistrationSource{TOptions}"/>, shared by every service that has one.</summary>
internal static class MemberCardsSourceRegistration
{
    /// <summary>
    /// Adds a source to <paramref name="service"/>: the post-configuration that asks it
    /// (<see cref="MemberCardsSourcedOptionsSetup{TOptions}"/>), the cache of its answers
    /// (<see cref="MemberCardsSourcedRegistrations{TOptions}"/>, also resolvable as
    /// <see cref="IMemberCardsRegistrationCache{TOptions}"/>), its settings (checked when the host starts) and the shared
    /// outgoing services.
    /// </summary>
    /// <typeparam name="TOptions">The service's options type.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="service">The service name.</param>
    /// <param name="source">Resolves the source.</param>
    /// <param name="clientsOf">The service's outgoing clients of a registration name.</param>
    /// <param name="forget">Drops what the service built from a name's previous options (and whether the name is gone rather than replaced).</param>
    /// <param name="configure">Sets the expiry, or <see langword="null"/>.</param>
    /// <exception cref="InvalidOperationException">The service has a source already.</exception>
    public static void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        IMemberCardsBuilder builder,
        string service,
        Func<IServiceProvider, IMemberCardsRegistrationSource<TOptions>> source,
        Func<string, IReadOnlyList<OutgoingClient<TOptions>>> clientsOf,
        Action<IServiceProvider, string, TOptions, bool> forget,
        Action<MemberCardsSourceOptions>? configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        var registrations = builder.Registrations;
        if (!registrations.AddSource(service))
        {
            throw new InvalidOperationException($"{MemberCardsSettingName.Of(service, string.Empty)} has a registration source already: a service has one source; let it look in several places if it must.");
        }

        var services = builder.Services;
        MemberCardsOutgoing.AddShared(services);
        services.AddSingleton(source);
        services.AddSingleton<IPostConfigureOptions<TOptions>>(sp => new MemberCardsSourcedOptionsSetup<TOptions>(service, sp.GetRequiredService<IMemberCardsRegistrationSource<TOptions>>(), registrations));
        services.AddSingleton(sp => new MemberCardsSourcedRegistrations<TOptions>(
            service,
            registrations,
            sp.GetRequiredService<IOptionsFactory<TOptions>>(),
            sp.GetRequiredService<IOptionsMonitorCache<TOptions>>(),
            sp.GetRequiredService<IOptionsMonitor<MemberCardsSourceOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<MemberCardsHttpClientFactory>(),
            clientsOf,
            (name, options, removed) => forget(sp, name, options, removed)));
        services.AddSingleton<IMemberCardsRegistrationCache<TOptions>>(sp => sp.GetRequiredService<MemberCardsSourcedRegistrations<TOptions>>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MemberCardsSourceOptions>, MemberCardsSourceOptionsValidator>());
        var options = services.AddOptions<MemberCardsSourceOptions>(service).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }
    }
}
