namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Your handling of verified, decrypted, de-duplicated WeChat Pay notifications. Register it with
/// <c>AddWeChatPay(...).AddHandler&lt;TMessage, THandler&gt;()</c> (scoped; resolved from a scope created per
/// notification). WeChat Pay sends one message type, <see cref="WeChatPayUserCardEvent"/> (its
/// <see cref="WeChatPayUserCardEvent.Kind"/> tells created from deleted): handlers of
/// <see cref="WeChatPayUserCardEvent"/> run first, in registration order, then handlers of <see cref="object"/>
/// (every message). Throwing makes the delivery fail (WeChat Pay redelivers) and releases the claim, so the
/// redelivery runs the handlers again; answer within 5 s and be idempotent.
/// </summary>
/// <typeparam name="TMessage"><see cref="WeChatPayUserCardEvent"/>, or <see cref="object"/> for every message.</typeparam>
public interface IWeChatPayMessageHandler<in TMessage> : IMemberCardsMessageHandler<TMessage, WeChatPayMessageContext>
    where TMessage : class
{
}
