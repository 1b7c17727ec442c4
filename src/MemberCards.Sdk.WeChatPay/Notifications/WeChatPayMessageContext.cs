namespace MemberCards.Sdk.WeChatPay;

/// <summary>What a <see cref="IWeChatPayMessageHandler{TMessage}"/> learns besides the notification.</summary>
public sealed class WeChatPayMessageContext : MessageContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="registrationName">The merchant registration that received the notification (empty for the default one).</param>
    /// <param name="messageId">The notification <c>id</c>.</param>
    /// <param name="rawMessage">The body exactly as received (the encrypted envelope).</param>
    /// <param name="eventType">The notification's <c>event_type</c>.</param>
    /// <param name="services">The services of the scope created for this notification.</param>
    public WeChatPayMessageContext(string registrationName, string? messageId, ReadOnlyMemory<byte> rawMessage, string eventType, IServiceProvider services)
        : base(registrationName, messageId, rawMessage, services)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        EventType = eventType;
    }

    /// <summary>The notification's <c>event_type</c>, verbatim (<c>BRAND_MEMBER_CARD_SP.USER_CARD.CREATE</c> ...).</summary>
    public string EventType { get; }
}
