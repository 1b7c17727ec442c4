namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Your handling of verified, decrypted, de-duplicated WeChat Pay notifications. Register it with
/// <c>AddWeChatPay(...).AddHandler&lt;TMessage, THandler&gt;()</c> (scoped; resolved from a scope created per
/// notification). A notification arrives as the event its <c>resource.original_type</c> names:
/// <see cref="WeChatPayUserCardEvent"/> (its <see cref="WeChatPayUserCardEvent.Kind"/> tells created from deleted),
/// <see cref="WeChatPayPointExchangeCouponEvent"/>, <see cref="WeChatPaySyncUserPointEvent"/>, or
/// <see cref="WeChatPayUnknownEvent"/> with the decrypted JSON for anything else (which is answered with success like
/// the others). For one notification the handlers of its concrete event run first, then those of
/// <see cref="WeChatPayEvent"/>, then those of <see cref="object"/> (every message); within each in registration order.
/// Throwing makes the delivery fail (WeChat Pay redelivers) and releases the claim, so the redelivery runs the handlers
/// again; answer within 5 s and be idempotent.
/// </summary>
/// <typeparam name="TMessage">A <see cref="WeChatPayEvent"/> type, or <see cref="object"/> for every message.</typeparam>
public interface IWeChatPayMessageHandler<in TMessage> : IMemberCardsMessageHandler<TMessage, WeChatPayMessageContext>
    where TMessage : class
{
}
