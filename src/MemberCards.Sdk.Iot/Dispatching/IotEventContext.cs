namespace MemberCards.Sdk.Iot;

/// <summary>Where an event came from: its topic and message, and the services of the message's scope.</summary>
public sealed class IotEventContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="name">The options name of the dispatcher.</param>
    /// <param name="topic">The topic the message arrived on.</param>
    /// <param name="message">The message.</param>
    /// <param name="services">The services of the message's scope.</param>
    public IotEventContext(string name, IotTopic topic, IotMessage message, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(services);
        Name = name;
        Topic = topic;
        Message = message;
        Services = services;
    }

    /// <summary>The options name of the dispatcher (empty for the default one).</summary>
    public string Name { get; }

    /// <summary>The topic: tenant and project.</summary>
    public IotTopic Topic { get; }

    /// <summary>The whole message (<c>msgId</c>, <c>reportTs</c>, <c>profile</c>, every event).</summary>
    public IotMessage Message { get; }

    /// <summary>The services of the scope created for this message.</summary>
    public IServiceProvider Services { get; }
}
