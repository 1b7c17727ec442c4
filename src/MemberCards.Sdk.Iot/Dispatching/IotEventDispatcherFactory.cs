using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot.Dispatching;

/// <summary>Creates and caches one dispatcher per registered options name.</summary>
internal sealed class IotEventDispatcherFactory(
    IEnumerable<IotEventsRegistration> registrations,
    IOptionsMonitor<IotOptions> optionsMonitor,
    IServiceScopeFactory scopeFactory,
    IMessageDeduplicationStore deduplication,
    ILogger<IotEventDispatcher> logger) : IIotEventDispatcherFactory
{
    private readonly HashSet<string> names = [.. registrations.Select(static r => r.Name)];
    private readonly ConcurrentDictionary<string, IotEventDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IIotEventDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!names.Contains(name))
        {
            throw new ArgumentException($"No IoT events configuration named '{name}' is registered; call AddIotEvents(\"{name}\", ...).", nameof(name));
        }

        return dispatchers.GetOrAdd(name, n => new IotEventDispatcher(n, optionsMonitor, scopeFactory, deduplication, logger));
    }
}
