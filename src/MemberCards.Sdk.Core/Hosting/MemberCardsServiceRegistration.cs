namespace MemberCards.Sdk;

/// <summary>
/// How one service registers, written once for every service: what a service's <c>AddXxx(name)</c> does (record the
/// name, its validated options, the services every registration shares, the default registration's own services and
/// its configuration section) and what its <c>AddXxxSource</c> does. A service gives only what differs: its name, the
/// services it adds and, when it has a registration source, its outgoing clients and what to forget of a name.
/// </summary>
/// <typeparam name="TOptions">The service's options type.</typeparam>
/// <typeparam name="TValidator">Its validator.</typeparam>
internal sealed class MemberCardsServiceRegistration<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties)] TOptions, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>
    where TOptions : class, new()
    where TValidator : class, IValidateOptions<TOptions>
{
    /// <summary>The service's configuration key (<c>WeChatPay</c>, <c>Youzan</c> ...).</summary>
    public required string Service { get; init; }

    /// <summary>Adds the services every registration of the service shares (its factories); called once per service collection.</summary>
    public required Action<IServiceCollection> AddShared { get; init; }

    /// <summary>Adds what only the default registration has (the services resolvable without a name).</summary>
    public required Action<IServiceCollection> AddDefault { get; init; }

    /// <summary>The outgoing clients of a name a registration source gives, for a service that has sources (<see cref="AddSource(IMemberCardsBuilder, Func{IServiceProvider, IMemberCardsRegistrationSource{TOptions}}, Action{MemberCardsSourceOptions})"/>).</summary>
    public Func<string, IReadOnlyList<OutgoingClient<TOptions>>>? SourcedClientsOf { get; init; }

    /// <summary>Drops what the service built from a sourced name's previous options, for a service that has sources (<see cref="AddSource(IMemberCardsBuilder, Func{IServiceProvider, IMemberCardsRegistrationSource{TOptions}}, Action{MemberCardsSourceOptions})"/>):
    /// the provider, the name, the previous options, and whether the name is gone (offboarded, invalidated, or its new
    /// options failed) rather than replaced by options already validated.</summary>
    public Action<IServiceProvider, string, TOptions, bool>? Forget { get; init; }

    /// <summary>
    /// What every <c>AddXxx(name)</c> does. The first call for a name records it, registers its options (validated by
    /// <typeparamref name="TValidator"/>), the shared services (once per service collection) and, for the default
    /// registration, its own services and a binding of the service's sub-section of <c>AddMemberCards(configuration)</c>
    /// when there is one. A later call for the same name only returns a builder of the same registration.
    /// </summary>
    /// <typeparam name="TBuilder">The service's builder.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The registration name; <see langword="null"/> or empty for the default one.</param>
    /// <param name="create">
    /// Creates the builder of a registration name; called on every call, so what it registers (the name's HTTP
    /// clients) must be registered once per name.
    /// </param>
    /// <returns>The registration's builder.</returns>
    public TBuilder Add<TBuilder>(IMemberCardsBuilder builder, string? name, Func<string, TBuilder> create)
        where TBuilder : MemberCardsServiceBuilder<TBuilder, TOptions>
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(create);
        name ??= string.Empty;
        var registration = create(name);
        if (!builder.Registrations.Add(Service, name))
        {
            return registration;
        }

        builder.AddMemberCardsOptions<TOptions, TValidator>(name);
        AddSharedOnce(builder);
        if (name.Length == 0)
        {
            AddDefault(builder.Services);
            if (builder.GetServiceSection(Service) is { } section)
            {
                registration.Bind(section);
            }
        }

        return registration;
    }

    /// <summary>What every <c>AddXxxSource&lt;TSource&gt;()</c> does: <typeparamref name="TSource"/> as a singleton, then <see cref="AddSource(IMemberCardsBuilder, Func{IServiceProvider, IMemberCardsRegistrationSource{TOptions}}, Action{MemberCardsSourceOptions})"/>.</summary>
    /// <typeparam name="TSource">The source, a singleton resolved from DI.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets how long answers are cached, or <see langword="null"/> for the defaults.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="InvalidOperationException">The service has a source already.</exception>
    public IMemberCardsBuilder AddSource<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSource>(IMemberCardsBuilder builder, Action<MemberCardsSourceOptions>? configure)
        where TSource : class, IMemberCardsRegistrationSource<TOptions>
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<TSource>();
        return AddSource(builder, static sp => sp.GetRequiredService<TSource>(), configure);
    }

    /// <summary>What every <c>AddXxxSource(source)</c> does: the given instance as the source, then <see cref="AddSource(IMemberCardsBuilder, Func{IServiceProvider, IMemberCardsRegistrationSource{TOptions}}, Action{MemberCardsSourceOptions})"/>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="source">The source.</param>
    /// <param name="configure">Sets how long answers are cached, or <see langword="null"/> for the defaults.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="InvalidOperationException">The service has a source already.</exception>
    public IMemberCardsBuilder AddSource(IMemberCardsBuilder builder, IMemberCardsRegistrationSource<TOptions> source, Action<MemberCardsSourceOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(source);
        return AddSource(builder, _ => source, configure);
    }

    /// <summary>
    /// What every <c>AddXxxSource</c> does: the validators of <typeparamref name="TOptions"/> (a sourced name's options
    /// are validated like a registered one's), the shared services (once per service collection) and the source itself
    /// (<see cref="MemberCardsSourceRegistration"/>).
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="source">Resolves the source.</param>
    /// <param name="configure">Sets how long answers are cached, or <see langword="null"/> for the defaults.</param>
    /// <returns>The MemberCards builder.</returns>
    /// <exception cref="InvalidOperationException">The service has a source already.</exception>
    public IMemberCardsBuilder AddSource(IMemberCardsBuilder builder, Func<IServiceProvider, IMemberCardsRegistrationSource<TOptions>> source, Action<MemberCardsSourceOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (SourcedClientsOf is not { } clientsOf || Forget is not { } forget)
        {
            throw new InvalidOperationException($"{Service} registrations have no source: give {nameof(SourcedClientsOf)} and {nameof(Forget)}.");
        }

        builder.AddMemberCardsValidators<TOptions, TValidator>();
        AddSharedOnce(builder);
        MemberCardsSourceRegistration.Add(builder, Service, source, clientsOf, forget, configure);
        return builder;
    }

    /// <summary>The services every registration shares, added once per service collection (a <c>TryAdd</c> per name would cost N²).</summary>
    private void AddSharedOnce(IMemberCardsBuilder builder)
    {
        if (builder.Registrations.FirstTime((typeof(MemberCardsServiceRegistration<TOptions, TValidator>), Service)))
        {
            AddShared(builder.Services);
        }
    }
}
