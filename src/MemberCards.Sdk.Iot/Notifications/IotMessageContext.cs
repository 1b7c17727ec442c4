namespace MemberCards.Sdk.Iot;

/// <summary>Where an IoT event came from: the registration, its topic and message, and the services of the message's scope.</summary>
public sealed class IotMessageContext : MessageContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="registrationName">The options name of the registration (empty for the default one).</param>
    /// <param name="topic">The topic the message arrived on.</param>
    /// <param name="message">The parsed message.</param>
    /// <param name="rawMessage">The payload exactly as received.</param>
    /// <param name="services">The services of the message's scope.</param>
    public IotMessageContext(string registrationName, IotTopic topic, IotMessage message, ReadOnlyMemory<byte> rawMessage, IServiceProvider services)
        : base(registrationName, message?.MessageId, rawMessage, services)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(message);
        Topic = topic;
        Message = message;
    }

    /// <summary>The topic: tenant and project.</summary>
    public IotTopic Topic { get; }

    /// <summary>The whole message (<c>msgId</c>, <c>reportTs</c>, <c>profile</c>, every event).</summary>
    public IotMessage Message { get; }
}
