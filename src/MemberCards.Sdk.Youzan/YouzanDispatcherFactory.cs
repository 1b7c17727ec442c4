using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>Creates and keeps one dispatcher per registered name; an unknown name fails at once.</summary>
internal sealed class YouzanDispatcherFactory(
    IOptionsMonitor<YouzanOptions> options,
    InboundCore core,
    IEnumerable<InboundHandlerLevel<YouzanMessageContext>> levels,
    ILogger<YouzanDispatcher> logger,
    MemberCardsRegistrations registrations) : IYouzanDispatcherFactory
{
    private readonly InboundHandlerOrder<YouzanMessageContext> order = new(levels);
    private readonly ConcurrentDictionary<string, YouzanDispatcher> dispatchers = new(StringComparer.Ordinal);

    public IYouzanDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(YouzanConstants.ServiceName, name);

        // The first use of a name validates its options (not the host start), so an invalid app fails here, naming the setting.
        _ = options.Get(name);
        return dispatchers.GetOrAdd(name, n => new YouzanDispatcher(n, options, core, order, logger));
    }
}
