using Microsoft.Extensions.Http;

namespace MemberCards.Sdk;

/// <summary>
/// The handler builder an SDK client's configuration actions run on (<see cref="MemberCardsPipelineFilter"/>): it
/// passes everything to the factory's builder and notes whether any action read or set the primary handler
/// (<c>ConfigurePrimaryHttpMessageHandler</c> with client certificates or a proxy, <c>UseSocketsHttpHandler</c> ...).
/// Only a client whose primary handler nobody touched gets the shared connection pool; any other keeps its own.
/// </summary>
/// <param name="inner">The factory's builder.</param>
internal sealed class MemberCardsPrimaryHandlerProbe(HttpMessageHandlerBuilder inner) : HttpMessageHandlerBuilder
{
    /// <summary>Whether an action read or set the primary handler, or built the chain itself.</summary>
    public bool Touched { get; private set; }

    /// <inheritdoc />
    public override string? Name
    {
        get => inner.Name;
        set => inner.Name = value!;
    }

    /// <inheritdoc />
    public override HttpMessageHandler PrimaryHandler
    {
        get
        {
            Touched = true;
            return inner.PrimaryHandler;
        }

        set
        {
            Touched = true;
            inner.PrimaryHandler = value;
        }
    }

    /// <inheritdoc />
    public override IList<DelegatingHandler> AdditionalHandlers => inner.AdditionalHandlers;

    /// <inheritdoc />
    public override IServiceProvider Services => inner.Services;

    /// <inheritdoc />
    public override HttpMessageHandler Build()
    {
        Touched = true;
        return inner.Build();
    }
}
