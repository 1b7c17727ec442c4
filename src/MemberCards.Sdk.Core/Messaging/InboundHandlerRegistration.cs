namespace MemberCards.Sdk;

/// <summary>What every service builder's <c>AddHandler&lt;TMessage, THandler&gt;()</c> does, written once.</summary>
internal static class InboundHandlerRegistration
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> as a scoped <typeparamref name="THandlerInterface"/> (once per pair) and the
    /// handler level of <typeparamref name="TMessage"/> (once per message type), which puts it in the handler order.
    /// </summary>
    /// <typeparam name="TContext">The service's message context.</typeparam>
    /// <typeparam name="TMessage">The message type handled.</typeparam>
    /// <typeparam name="THandlerInterface">The service's handler interface for <typeparamref name="TMessage"/>.</typeparam>
    /// <typeparam name="THandler">The handler implementation.</typeparam>
    /// <param name="services">The service collection.</param>
    public static void Add<TContext, TMessage, THandlerInterface, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(IServiceCollection services)
        where TContext : MessageContext
        where TMessage : class
        where THandlerInterface : class, IMemberCardsMessageHandler<TMessage, TContext>
        where THandler : class, THandlerInterface
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<THandlerInterface, THandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<InboundHandlerLevel<TContext>, RegisteredHandlerLevel<TContext, TMessage, THandlerInterface>>());
    }
}
