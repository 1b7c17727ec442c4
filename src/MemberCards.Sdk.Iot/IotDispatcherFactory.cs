using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>Creates and caches one dispatcher per registered name; an unknown name fails at once.</summary>
internal sealed class IotDispatcherFactory(
    MemberCardsRegistrations registrations,
    IOptionsMonitor<IotOptions> optionsMonitor,
    IServiceScopeFactory scopeFactory,
    IMessageDeduplicationStore deduplication,
    ILogger<IotDispatcher> logger) : IIotDispatcherFactory
{
    private readonly ConcurrentDictionary<string, IotDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IIotDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(IotConstants.Service, name);
        return dispatchers.GetOrAdd(name, n => new IotDispatcher(n, optionsMonitor, scopeFactory, deduplication, logger));
    }
}
