using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>Creates and keeps one dispatcher per registered name; an unknown name fails at once.</summary>
internal sealed class YouzanDispatcherFactory(
    IOptionsMonitor<YouzanOptions> options,
    InboundCore core,
    IEnumerable<InboundHandlerLevel<YouzanMessageContext>> levels,
    ILogger<YouzanDispatcher> logger,
    MemberCardsRegistrations registrations)
    : InboundDispatcherFactory<YouzanOptions, YouzanMessageContext, YouzanDispatcher>(YouzanConstants.ServiceName, registrations, sourced: null, levels), IYouzanDispatcherFactory
{
    public IYouzanDispatcher Create(string name) => Dispatcher(name);

    // The first use of a name validates its options (not the host start), so an invalid app fails here, naming the setting.
    protected override void Check(string name) => _ = options.Get(name);

    protected override YouzanDispatcher Build(string name) => new(name, options, core, Order, logger);
}
