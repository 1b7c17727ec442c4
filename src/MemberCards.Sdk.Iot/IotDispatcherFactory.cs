using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>Creates and caches one dispatcher per registered name; an unknown name fails at once.</summary>
internal sealed class IotDispatcherFactory(
    MemberCardsRegistrations registrations,
    IOptionsMonitor<IotOptions> optionsMonitor,
    InboundCore core,
    IEnumerable<InboundHandlerLevel<IotMessageContext>> levels,
    ILogger<IotDispatcher> logger)
    : InboundDispatcherFactory<IotOptions, IotMessageContext, IotDispatcher>(IotConstants.ServiceName, registrations, sourced: null, levels), IIotDispatcherFactory
{
    public IIotDispatcher Create(string name) => Dispatcher(name);

    // The first use of a name validates its options (not the host start), so an invalid registration fails here, naming the setting.
    protected override void Check(string name) => _ = optionsMonitor.Get(name);

    protected override IotDispatcher Build(string name) => new(name, optionsMonitor, core, Order, logger);
}
