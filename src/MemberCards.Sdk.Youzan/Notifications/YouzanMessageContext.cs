namespace MemberCards.Sdk.Youzan;

/// <summary>What a Youzan handler learns besides the message: the registration (app) that received it, the push envelope and the raw body.</summary>
public sealed class YouzanMessageContext : MessageContext
{
    /// <summary>Creates a context (the dispatcher does; tests of a handler may too).</summary>
    /// <param name="registrationName">The options name of the app that received the push (empty for the default one).</param>
    /// <param name="push">The verified push envelope.</param>
    /// <param name="rawMessage">The body exactly as received.</param>
    /// <param name="services">The services of the scope created for this push.</param>
    public YouzanMessageContext(string registrationName, YouzanPush push, ReadOnlyMemory<byte> rawMessage, IServiceProvider services)
        : base(registrationName, push?.MessageId, rawMessage, services)
    {
        ArgumentNullException.ThrowIfNull(push);
        Push = push;
    }

    /// <summary>The verified push envelope (type, status, shop, version, send count ...).</summary>
    public YouzanPush Push { get; }
}
