using System.Runtime.CompilerServices;

namespace MemberCards.Sdk;

/// <summary>
/// The one instance of a registry that registration code fills while the service collection is built (before any
/// provider exists), added to the collection as a singleton on first use. The instance is remembered per collection,
/// so asking again costs a lookup, not a scan of the collection: registering thousands of names stays linear.
/// </summary>
internal static class CollectionSingleton
{
    private static readonly ConditionalWeakTable<IServiceCollection, ConcurrentDictionary<Type, object>> Known = new();

    /// <summary>The instance of <typeparamref name="T"/> in <paramref name="services"/>, added on first use.</summary>
    /// <typeparam name="T">The registry type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The instance.</returns>
    public static T Of<T>(IServiceCollection services)
        where T : class, new()
    {
        var known = Known.GetValue(services, static _ => new ConcurrentDictionary<Type, object>());
        if (known.TryGetValue(typeof(T), out var remembered))
        {
            return (T)remembered;
        }

        lock (known)
        {
            if (known.TryGetValue(typeof(T), out remembered))
            {
                return (T)remembered;
            }

            var instance = Find<T>(services);
            if (instance is null)
            {
                instance = new T();
                services.AddSingleton(instance);
            }

            known[typeof(T)] = instance;
            return instance;
        }
    }

    private static T? Find<T>(IServiceCollection services)
        where T : class
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(T) && descriptor.ImplementationInstance is T existing)
            {
                return existing;
            }
        }

        return null;
    }
}
