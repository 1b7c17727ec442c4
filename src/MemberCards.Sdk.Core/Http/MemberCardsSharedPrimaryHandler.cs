namespace MemberCards.Sdk;

/// <summary>
/// The primary handler of one SDK client's handler chain when it shares its service's connection pool
/// (<see cref="MemberCardsConnectionPools"/>): it sends through the shared handler and never disposes it, so the
/// factory may expire and dispose the chain of one merchant without closing the connections of the others.
/// </summary>
internal sealed class MemberCardsSharedPrimaryHandler : HttpMessageHandler
{
    private readonly HttpMessageInvoker shared;

    /// <summary>Creates the handler over the shared one.</summary>
    /// <param name="shared">The service's shared handler (not owned).</param>
    public MemberCardsSharedPrimaryHandler(HttpMessageHandler shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        this.shared = new HttpMessageInvoker(shared, disposeHandler: false);
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => shared.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => shared.Send(request, cancellationToken);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Disposes the invoker only: the shared handler belongs to MemberCardsConnectionPools.
            shared.Dispose();
        }

        base.Dispose(disposing);
    }
}
