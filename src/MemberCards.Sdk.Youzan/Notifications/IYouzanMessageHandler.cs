namespace MemberCards.Sdk.Youzan;

/// <summary>
/// Handles verified, de-duplicated Youzan pushes. Register an implementation with
/// <c>AddYouzan(name?).AddHandler&lt;TMessage, THandler&gt;()</c> (scoped, once per pair). <typeparamref name="TMessage"/> is
/// a concrete event (<see cref="YouzanCardEvent"/>, <see cref="YouzanCustomerCardEvent"/>), the family of typed card
/// events (<see cref="YouzanEvent"/>), or <see cref="YouzanPush"/> for every push, of any type. For one push the
/// dispatcher runs, in this order: the handlers of its concrete event, then those of the family, then those of all
/// pushes; within each group in registration order.
/// </summary>
/// <typeparam name="TMessage">The message type.</typeparam>
public interface IYouzanMessageHandler<in TMessage>
    where TMessage : class
{
    /// <summary>
    /// Handles one push. Throwing releases the claim on the push, so Youzan's re-send is handled (once); keep the
    /// work short (Youzan waits 5 s) or queue it. Use <see cref="YouzanPush.Version"/> to drop out-of-order updates.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="context">The registration (app) that received it, its id, the raw body and the scope's services.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>A task that completes when the push is handled.</returns>
    Task HandleAsync(TMessage message, YouzanMessageContext context, CancellationToken cancellationToken);
}
