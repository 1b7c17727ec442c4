using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk;

/// <summary>Registers the MemberCards SDK in a service collection.</summary>
public static class MemberCardsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the shared services (time provider, in-memory distributed cache, the atomic in-memory
    /// message de-duplication store and the in-process lock provider, unless the host registered its own) and returns the builder the client packages extend.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder, for <c>.AddWeChatPay(...)</c> and the other clients.</returns>
    public static IMemberCardsBuilder AddMemberCards(this IServiceCollection services)
        => AddMemberCardsCore(services, configuration: null);

    /// <summary>
    /// Registers the shared services and remembers a configuration section (usually <c>MemberCards</c>) whose
    /// sub-sections the clients bind when added without explicit settings.
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
        return new MemberCardsBuilder(services, configuration);
    }
}
