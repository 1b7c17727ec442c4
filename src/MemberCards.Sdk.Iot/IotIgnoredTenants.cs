using System.Collections.Concurrent;

namespace MemberCards.Sdk.Iot;

/// <summary>
/// The tenants whose messages a dispatcher ignored (not in <see cref="IotOptions.AllowedTenants"/>), so that the first
/// message of each is logged at Warning and the others at Debug. Bounded: topics come from the broker, so past
/// <see cref="Capacity"/> tenants every further one is logged at Debug only.
/// </summary>
internal sealed class IotIgnoredTenants
{
    /// <summary>How many tenants are remembered.</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, byte> tenants = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="tenant"/> is ignored for the first time (and now remembered).</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns><see langword="true"/> the first time, while fewer than <see cref="Capacity"/> tenants are remembered.</returns>
    public bool FirstTime(string tenant) => tenants.Count < Capacity && tenants.TryAdd(tenant, 0);
}
