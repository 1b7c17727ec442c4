using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>Creates and caches one dispatcher per registered name; an unknown name fails at once.</summary>
internal sealed class IotDispatcherFactory(
    MemberCardsRegistrations registrations,
    IOptionsMonitor<IotOptions> optionsMonitor,
    InboundCore core,
    IEnumerable<InboundHandlerLevel<IotMessageContext>> levels,
    ILogger<IotDispatcher> logger) : IIotDispatcherFactory
{
    private readonly InboundHandlerOrder<IotMessageContext> order = new(levels);
    private readonly ConcurrentDictionary<string, IotDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IIotDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(IotConstants.ServiceName, name);

        // The first use of a name validates its options (not the host start), so an invalid registration fails here, naming the setting.
        _ = optionsMonitor.Get(name);
        return dispatchers.GetOrAdd(name, n => new IotDispatcher(n, optionsMonitor, core, order, logger));
    }
}
