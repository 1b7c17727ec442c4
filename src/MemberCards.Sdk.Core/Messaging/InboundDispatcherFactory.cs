namespace MemberCards.Sdk;

/// <summary>
/// What every service's dispatcher factory does, written once: one dispatcher per registration name, built on first
/// use and kept (a sourced name's until the name is dropped from the source's cache). Every call first requires the name (registered, or known to the service's registration source) and
/// runs the service's <see cref="Check"/>, so an unknown name or an unusable registration fails at once, naming it.
/// A service says only what it checks and how it builds its dispatcher over the shared <see cref="Order"/>.
/// </summary>
/// <typeparam name="TOptions">The service's options type.</typeparam>
/// <typeparam name="TContext">The service's message context.</typeparam>
/// <typeparam name="TDispatcher">The service's dispatcher.</typeparam>
internal abstract class InboundDispatcherFactory<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions, TContext, TDispatcher>
    where TOptions : class
    where TContext : MessageContext
    where TDispatcher : class
{
    private readonly ConcurrentDictionary<string, TDispatcher> dispatchers = new(StringComparer.Ordinal);
    private readonly string service;
    private readonly MemberCardsRegistrations registrations;
    private readonly MemberCardsSourcedRegistrations<TOptions>? sourced;

    /// <summary>Creates the factory of one service.</summary>
    /// <param name="service">The service name, for the "not registered" message.</param>
    /// <param name="registrations">The registered names.</param>
    /// <param name="sourced">The service's sourced registrations, or <see langword="null"/> when it has no source.</param>
    /// <param name="levels">The service's handler levels, ordered once for all its dispatchers.</param>
    protected InboundDispatcherFactory(
        string service,
        MemberCardsRegistrations registrations,
        MemberCardsSourcedRegistrations<TOptions>? sourced,
        IEnumerable<InboundHandlerLevel<TContext>> levels)
    {
        this.service = service;
        this.registrations = registrations;
        this.sourced = sourced;

        // A sourced name that is gone takes its dispatcher with it, so names that come and go do not pile up here.
        sourced?.OnDropped(name => dispatchers.TryRemove(name, out _));
        Order = new InboundHandlerOrder<TContext>(levels);
    }

    /// <summary>The service's handler order, shared by the dispatchers of every name.</summary>
    protected InboundHandlerOrder<TContext> Order { get; }

    /// <summary>The dispatcher of a registration: required and checked on every call, built once.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The dispatcher.</returns>
    /// <exception cref="InvalidOperationException">No registration of that name exists (the message names the registered ones).</exception>
    protected TDispatcher Dispatcher(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(service, name, sourced);
        Check(name);
        return dispatchers.GetOrAdd(name, static (n, factory) => factory.Build(n), this);
    }

    /// <summary>Checks, on every call and before the cached dispatcher is returned, what the service needs of the registration. The default checks nothing.</summary>
    /// <param name="name">The registration name (known to exist).</param>
    protected virtual void Check(string name)
    {
    }

    /// <summary>Builds the dispatcher of a name, on its first use.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The dispatcher.</returns>
    protected abstract TDispatcher Build(string name);
}
