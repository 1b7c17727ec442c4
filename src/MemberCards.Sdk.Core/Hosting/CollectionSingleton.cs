using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk;

/// <summary>
/// The one instance of a registry that registration code fills while the service collection is built (before any
/// provider exists), added to the collection as a singleton on first use.
/// </summary>
internal static class CollectionSingleton
{
    /// <summary>The instance of <typeparamref name="T"/> in <paramref name="services"/>, added on first use.</summary>
    /// <typeparam name="T">The registry type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The instance.</returns>
    public static T Of<T>(IServiceCollection services)
        where T : class, new()
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(T) && descriptor.ImplementationInstance is T existing)
            {
                return existing;
            }
        }

        var created = new T();
        services.AddSingleton(created);
        return created;
    }
}
