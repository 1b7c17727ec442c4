namespace MemberCards.Sdk.ApiTests.Fixtures;

// A service "Sample" that follows the inbound shape, and one "Drifted" that does not, so the convention checks are shown
// to accept the shape and to catch each way of leaving it.

/// <summary>The context of the sample service.</summary>
public sealed class SampleMessageContext : MessageContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="services">The scope's services.</param>
    public SampleMessageContext(IServiceProvider services)
        : base(string.Empty, null, ReadOnlyMemory<byte>.Empty, services)
    {
    }
}

/// <summary>The handler of the sample service, in the shape.</summary>
/// <typeparam name="TMessage">The message type.</typeparam>
public interface ISampleMessageHandler<in TMessage> : IMemberCardsMessageHandler<TMessage, SampleMessageContext>
    where TMessage : class
{
}

/// <summary>A handler without a context and with an invariant type parameter (the shape Youzan had).</summary>
/// <typeparam name="TMessage">The message type.</typeparam>
public interface IDriftedMessageHandler<TMessage>
{
    /// <summary>Handles a message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>A task.</returns>
    Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}

/// <summary>Options in the shape.</summary>
public sealed class SampleOptions
{
    /// <summary>The window.</summary>
    public TimeSpan DeduplicationWindow { get; set; }

    /// <summary>The cap.</summary>
    public int MaxMessageBytes { get; set; }

    /// <summary>The claim's time to live.</summary>
    public TimeSpan ProcessingTimeout { get; set; }
}

/// <summary>Options with the old names and an init-only window.</summary>
public sealed class DriftedOptions
{
    /// <summary>The window, init-only.</summary>
    public TimeSpan DeduplicationWindow { get; init; }

    /// <summary>The old retention name.</summary>
    public TimeSpan DeduplicationRetention { get; set; }

    /// <summary>The old cap name.</summary>
    public int MaxBodyBytes { get; set; }
}

/// <summary>A service builder in the shape: AddHandler&lt;TMessage, THandler&gt;() constrained to the handler.</summary>
/// <param name="parent">The parent builder.</param>
public sealed class SampleBuilder(IMemberCardsBuilder parent) : MemberCardsServiceBuilder<SampleBuilder, SampleOptions>(parent, "Sample", string.Empty)
{
    /// <inheritdoc />
    public override SampleBuilder Bind(Microsoft.Extensions.Configuration.IConfiguration section) => this;

    /// <summary>Registers a handler.</summary>
    /// <typeparam name="TMessage">The message type.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <returns>This builder.</returns>
    public SampleBuilder AddHandler<TMessage, THandler>()
        where TMessage : class
        where THandler : class, ISampleMessageHandler<TMessage>
        => this;
}

/// <summary>A builder whose verb has drifted: one type argument, no handler constraint, nothing to chain.</summary>
/// <param name="parent">The parent builder.</param>
public sealed class DriftedBuilder(IMemberCardsBuilder parent) : MemberCardsServiceBuilder<DriftedBuilder, DriftedOptions>(parent, "Drifted", string.Empty)
{
    /// <inheritdoc />
    public override DriftedBuilder Bind(Microsoft.Extensions.Configuration.IConfiguration section) => this;

    /// <summary>Registers a handler.</summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    public void AddHandler<THandler>()
    {
    }
}

/// <summary>A builder whose verb is an extension method, in the shape, but returning nothing.</summary>
/// <param name="parent">The parent builder.</param>
public sealed class ExtendedBuilder(IMemberCardsBuilder parent) : MemberCardsServiceBuilder<ExtendedBuilder, SampleOptions>(parent, "Extended", string.Empty)
{
    /// <inheritdoc />
    public override ExtendedBuilder Bind(Microsoft.Extensions.Configuration.IConfiguration section) => this;
}

/// <summary>The extension verb of <see cref="ExtendedBuilder"/>.</summary>
public static class ExtendedBuilderExtensions
{
    /// <summary>Registers a handler.</summary>
    /// <typeparam name="TMessage">The message type.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ExtendedBuilder AddHandler<TMessage, THandler>(this ExtendedBuilder builder)
        where TMessage : class
        where THandler : ISampleMessageHandler<TMessage>
        => builder;
}
