using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk;

/// <summary>The default <see cref="IMemberCardsBuilder"/>.</summary>
internal sealed class MemberCardsBuilder(IServiceCollection services, IConfiguration? configuration) : IMemberCardsBuilder
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration? Configuration { get; } = configuration;

    public MemberCardsRegistrations Registrations { get; } = RegistrationsOf(services);

    /// <summary>The one registry of a service collection, added on first use.</summary>
    internal static MemberCardsRegistrations RegistrationsOf(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(MemberCardsRegistrations) && descriptor.ImplementationInstance is MemberCardsRegistrations existing)
            {
                return existing;
            }
        }

        var registrations = new MemberCardsRegistrations();
        services.AddSingleton(registrations);
        return registrations;
    }
}
