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
public interface IYouzanMessageHandler<in TMessage> : IMemberCardsMessageHandler<TMessage, YouzanMessageContext>
    where TMessage : class
{
}
