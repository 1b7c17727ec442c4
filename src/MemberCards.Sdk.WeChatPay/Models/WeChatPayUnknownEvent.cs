namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A verified notification whose <c>original_type</c> (or, without one, <c>event_type</c>) this SDK has no type for.
/// It reaches the handlers of <see cref="WeChatPayEvent"/> and <see cref="object"/> and never fails the delivery by
/// itself; read <see cref="ResourceJson"/> to handle it.
/// </summary>
public sealed record WeChatPayUnknownEvent : WeChatPayEvent
{
    /// <summary>The decrypted <c>resource</c>, the JSON text exactly as decrypted (sensitive fields inside it, if any, are still encrypted).</summary>
    public string ResourceJson { get; set; } = string.Empty;
}
