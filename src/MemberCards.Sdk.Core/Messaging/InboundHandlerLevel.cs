namespace MemberCards.Sdk;

/// <summary>
/// The handlers registered for one message type of one service: what <see cref="InboundHandlerOrder{TContext}"/> puts in
/// order and <see cref="InboundCore"/> runs. One is registered per message type that has handlers.
/// </summary>
/// <typeparam name="TContext">The service's message context.</typeparam>
internal abstract class InboundHandlerLevel<TContext>
    where TContext : MessageContext
{
    /// <summary>The message type the handlers are registered for.</summary>
    public abstract Type MessageType { get; }

    /// <summary>Runs every handler of this level, in registration order.</summary>
    /// <param name="services">The message's scope.</param>
    /// <param name="message">The message (an instance of <see cref="MessageType"/>).</param>
    /// <param name="context">The context.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>How many handlers ran.</returns>
    public abstract Task<int> RunAsync(IServiceProvider services, object message, TContext context, CancellationToken cancellationToken);
}
