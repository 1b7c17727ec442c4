namespace MemberCards.Sdk;

/// <summary>The <see cref="InboundHandlerLevel{TContext}"/> of the handlers a service registered as <typeparamref name="THandler"/>.</summary>
/// <typeparam name="TContext">The service's message context.</typeparam>
/// <typeparam name="TMessage">The message type.</typeparam>
/// <typeparam name="THandler">The service's handler interface for <typeparamref name="TMessage"/>.</typeparam>
internal sealed class RegisteredHandlerLevel<TContext, TMessage, THandler> : InboundHandlerLevel<TContext>
    where TContext : MessageContext
    where TMessage : class
    where THandler : IMemberCardsMessageHandler<TMessage, TContext>
{
    public override Type MessageType => typeof(TMessage);

    public override async Task<int> RunAsync(IServiceProvider services, object message, TContext context, CancellationToken cancellationToken)
    {
        var typed = (TMessage)message;
        var calls = 0;
        foreach (var handler in services.GetServices<THandler>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await handler.HandleAsync(typed, context, cancellationToken).ConfigureAwait(false);
            calls++;
        }

        return calls;
    }
}
