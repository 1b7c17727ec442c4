namespace MemberCards.Sdk;

/// <summary>
/// What every inbound handler learns besides the message: which registration received it, the message's id,
/// the raw message exactly as received, and the services of the scope created for it. Each service derives
/// its own context (<c>YouzanMessageContext</c>, <c>IotMessageContext</c>, <c>WeChatMessageContext</c>,
/// <c>WeChatPayMessageContext</c>).
/// </summary>
public abstract class MessageContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="registrationName">The options name of the registration that received the message (empty for the default one).</param>
    /// <param name="messageId">The message's id, or <see langword="null"/> when the platform sends none.</param>
    /// <param name="rawMessage">The message bytes exactly as received.</param>
    /// <param name="services">The services of the scope created for this message.</param>
    protected MessageContext(string registrationName, string? messageId, ReadOnlyMemory<byte> rawMessage, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(registrationName);
        ArgumentNullException.ThrowIfNull(services);
        RegistrationName = registrationName;
        MessageId = messageId;
        RawMessage = rawMessage;
        Services = services;
    }

    /// <summary>The options name of the registration (brand, app, merchant) that received the message; empty for the default one.</summary>
    public string RegistrationName { get; }

    /// <summary>The message's id as the platform sent it, or <see langword="null"/> when it sends none.</summary>
    public string? MessageId { get; }

    /// <summary>The message bytes exactly as received (before decoding or decryption).</summary>
    public ReadOnlyMemory<byte> RawMessage { get; }

    /// <summary>The services of the scope created for this message.</summary>
    public IServiceProvider Services { get; }
}
