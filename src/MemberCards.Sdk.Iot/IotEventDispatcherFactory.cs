using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>Creates and caches one dispatcher per registered name; an unknown name fails at once.</summary>
internal sealed class IotEventDispatcherFactory(
    MemberCardsRegistrations registrations,
    IOptionsMonitor<IotOptions> optionsMonitor,
    IServiceScopeFactory scopeFactory,
    IMessageDeduplicationStore deduplication,
    ILogger<IotEventDispatcher> logger) : IIotEventDispatcherFactory
{
    private readonly ConcurrentDictionary<string, IotEventDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IIotEventDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(IotConstants.Service, name);
        return dispatchers.GetOrAdd(name, n => new IotEventDispatcher(n, optionsMonitor, scopeFactory, deduplication, logger));
    }
}
