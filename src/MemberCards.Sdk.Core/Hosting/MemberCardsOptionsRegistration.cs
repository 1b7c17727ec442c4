namespace MemberCards.Sdk;

/// <summary>The named-options plumbing every client package uses to register its settings.</summary>
internal static class MemberCardsOptionsRegistration
{
    /// <summary>
    /// Registers named options validated by <typeparamref name="TValidator"/> and by
    /// <see cref="MemberCardsConflictValidator{TOptions}"/> when they are first built (the first use of the name), and
    /// records them for the one start check of the collection (<see cref="MemberCardsStartValidator"/>), which also
    /// validates them at start or in the background when <see cref="MemberCardsStartOptions.Validation"/> says so. No
    /// <c>ValidateOnStart</c> is added per name, so start does not grow with the names. Chain <c>.Configure(...)</c> or
    /// <c>.Bind(section)</c> on the result.
    /// </summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <typeparam name="TValidator">Its validator.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The options name (<see cref="Options.DefaultName"/> for the default instance).</param>
    /// <returns>The options builder.</returns>
    public static OptionsBuilder<TOptions> AddMemberCardsOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties)] TOptions, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(this IMemberCardsBuilder builder, string name)
        where TOptions : class, new()
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        var services = builder.Services;
        builder.AddMemberCardsValidators<TOptions, TValidator>();
        builder.Registrations.OptionsCatalog.Add(new MemberCardsOptionsEntry(
            typeof(TOptions),
            name,
            static (provider, n) => _ = provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(n),
            static (registrations, n) => new MemberCardsConflictValidator<TOptions>(registrations).Validate(n, null!)));
        return new OptionsBuilder<TOptions>(services, name);
    }

    /// <summary>
    /// Registers the validators of <typeparamref name="TOptions"/> (<typeparamref name="TValidator"/> and
    /// <see cref="MemberCardsConflictValidator{TOptions}"/>) once per service collection; they validate every name,
    /// registered or given by a registration source, when its options are first built.
    /// </summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <typeparam name="TValidator">Its validator.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    public static void AddMemberCardsValidators<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties)] TOptions, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(this IMemberCardsBuilder builder)
        where TOptions : class, new()
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Once per service collection: each of these scans the whole collection, so one per name would make
        // registering N names cost N² (issue 23).
        if (builder.Registrations.FirstTime((typeof(MemberCardsOptionsRegistration), typeof(TOptions), typeof(TValidator))))
        {
            var services = builder.Services;
            services.AddOptions();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, MemberCardsConflictValidator<TOptions>>());

            // Building one name's options finds that name's steps through an index, not by asking every name's (N²).
            services.TryAddSingleton<IOptionsFactory<TOptions>, MemberCardsOptionsFactory<TOptions>>();
        }
    }

    /// <summary>
    /// The sub-section <paramref name="key"/> of the configuration given to <c>AddMemberCards(configuration)</c>,
    /// or <see langword="null"/> when there is none or it is empty.
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="key">The service key, such as <c>WeChatPay</c>.</param>
    /// <returns>The section, or <see langword="null"/>.</returns>
    public static IConfigurationSection? GetServiceSection(this IMemberCardsBuilder builder, string key)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration?.GetSection(key);
        return section is not null && section.Exists() ? section : null;
    }
}
