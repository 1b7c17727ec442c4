namespace MemberCards.Sdk;

/// <summary>
/// The one handler shape of every inbound service. Each service names it for its messages and context
/// (<c>IWeChatMessageHandler&lt;TEvent&gt;</c>, <c>IWeChatPayMessageHandler&lt;TEvent&gt;</c>,
/// <c>IYouzanMessageHandler&lt;TEvent&gt;</c>, <c>IIotMessageHandler&lt;TEvent&gt;</c>); implement the service's
/// interface and register it with the service builder's <c>AddHandler&lt;TMessage, THandler&gt;()</c>.
/// </summary>
/// <typeparam name="TMessage">The message type: a concrete event, a family of events, or the service's base event type for every message.</typeparam>
/// <typeparam name="TContext">The service's message context.</typeparam>
public interface IMemberCardsMessageHandler<in TMessage, in TContext>
    where TMessage : class
    where TContext : MessageContext
{
    /// <summary>
    /// Handles one verified, de-duplicated message. Throwing releases the claim on the message, so the platform's
    /// redelivery runs the handlers again (once); keep the work short or queue it.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="context">The registration that received it, its id, the raw message and the scope's services.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    Task HandleAsync(TMessage message, TContext context, CancellationToken cancellationToken);
}
