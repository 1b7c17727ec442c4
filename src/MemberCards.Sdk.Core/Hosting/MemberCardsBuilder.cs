namespace MemberCards.Sdk;

/// <summary>The default <see cref="IMemberCardsBuilder"/>.</summary>
internal sealed class MemberCardsBuilder(IServiceCollection services, IConfiguration? configuration) : IMemberCardsBuilder
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration? Configuration { get; } = configuration;

    public MemberCardsRegistrations Registrations { get; } = RegistrationsOf(services);

    /// <summary>The one registry of a service collection, added on first use.</summary>
    internal static MemberCardsRegistrations RegistrationsOf(IServiceCollection services) => CollectionSingleton.Of<MemberCardsRegistrations>(services);
}
