namespace MemberCards.Sdk;

/// <summary>Registers the MemberCards SDK in a service collection.</summary>
public static class MemberCardsServiceCollectionExtensions
{
    private const string StartValidationKey = "StartValidation";

    /// <summary>
    /// Registers the shared services (time provider, in-memory distributed cache, the atomic in-memory
    /// message de-duplication store and the in-process lock provider, unless the host registered its own) and returns the builder the client packages extend.
    /// Registrations are validated at their first use; see <see cref="MemberCardsStartValidation"/> to validate them at start or in the background.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder, for <c>.AddWeChatPay(...)</c> and the other clients.</returns>
    public static IMemberCardsBuilder AddMemberCards(this IServiceCollection services)
        => AddMemberCardsCore(services, configuration: null);

    /// <summary>
    /// Registers the shared services and remembers a configuration section (usually <c>MemberCards</c>) whose
    /// sub-sections the clients bind when added without explicit settings. Its <c>StartValidation</c> setting
    /// (<c>FirstUse</c>, <c>WarmUp</c> or <c>FailFast</c>) chooses when registrations are validated (<see cref="MemberCardsStartValidation"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>MemberCards</c> section.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddMemberCards(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddMemberCardsCore(services, configuration);
    }

    private static MemberCardsBuilder AddMemberCardsCore(IServiceCollection services, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.AddLogging();
        services.AddHttpClient();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDistributedMemoryCache();
        services.TryAddSingleton<IMessageDeduplicationStore>(sp => new InMemoryMessageDeduplicationStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<InboundCore>();
        services.TryAddSingleton<IMemberCardsLockProvider>(sp => new InMemoryMemberCardsLockProvider(sp.GetRequiredService<TimeProvider>()));
        var builder = new MemberCardsBuilder(services, configuration);

        // One start check for the whole collection, whatever the number of registrations (issue 23).
        if (builder.Registrations.FirstTime(typeof(MemberCardsStartValidator)))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MemberCardsStartOptions>, MemberCardsStartValidator>());
            services.AddOptions<MemberCardsStartOptions>().ValidateOnStart();
        }

        if (configuration?[StartValidationKey] is { Length: > 0 } text)
        {
            services.Configure<MemberCardsStartOptions>(o => o.Validation = ParseStartValidation(text));
        }

        return builder;
    }

    private static MemberCardsStartValidation ParseStartValidation(string text)
        => Enum.TryParse<MemberCardsStartValidation>(text, ignoreCase: true, out var validation) && Enum.IsDefined(validation) && !char.IsAsciiDigit(text.TrimStart()[0])
            ? validation
            : throw new OptionsValidationException(Options.DefaultName, typeof(MemberCardsStartOptions), [$"MemberCards:{StartValidationKey} ('{text}') must be {nameof(MemberCardsStartValidation.FirstUse)}, {nameof(MemberCardsStartValidation.WarmUp)} or {nameof(MemberCardsStartValidation.FailFast)}."]);
}
