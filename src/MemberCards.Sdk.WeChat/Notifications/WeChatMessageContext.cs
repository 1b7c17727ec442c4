namespace MemberCards.Sdk.WeChat;

/// <summary>What a <see cref="IWeChatMessageHandler{TEvent}"/> learns besides the event.</summary>
public sealed class WeChatMessageContext : MessageContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="registrationName">The registration that received the push (empty for the default one).</param>
    /// <param name="appId">The AppId of that registration.</param>
    /// <param name="messageId">The push's id: its de-duplication key (FromUserName + CreateTime).</param>
    /// <param name="rawMessage">The body exactly as received (encrypted in safe mode).</param>
    /// <param name="services">The services of the scope created for this push.</param>
    public WeChatMessageContext(string registrationName, string appId, string? messageId, ReadOnlyMemory<byte> rawMessage, IServiceProvider services)
        : base(registrationName, messageId, rawMessage, services)
    {
        ArgumentNullException.ThrowIfNull(appId);
        AppId = appId;
    }

    /// <summary>The AppId of the registration that received the push.</summary>
    public string AppId { get; }
}
