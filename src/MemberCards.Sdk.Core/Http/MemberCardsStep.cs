namespace MemberCards.Sdk;

/// <summary>
/// A step of the SDK's own handler chains (resilience, a service's authentication, the shared last step). Between two
/// such steps the answer is handed on as a <see cref="ValueTask{TResult}"/>: a call that completes synchronously (an
/// answer already at hand, a replayed one) allocates no <see cref="Task{TResult}"/> per step, only the outermost step
/// makes one for <see cref="HttpClient"/> (issue 18). Towards any other handler (the host's own, the primary handler) a
/// step is an ordinary <see cref="DelegatingHandler"/>.
/// </summary>
internal abstract class MemberCardsStep : DelegatingHandler
{
    private volatile bool disposed;

    /// <summary>The step's work: what <see cref="DelegatingHandler.SendAsync(HttpRequestMessage, CancellationToken)"/> does for an ordinary handler.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">The token of this attempt.</param>
    /// <returns>The answer.</returns>
    internal abstract ValueTask<HttpResponseMessage> SendStepAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => SendStepAsync(request, cancellationToken).AsTask();

    /// <summary>
    /// Hands the request to the handler inside: straight to its <see cref="SendStepAsync"/> when it is an SDK step,
    /// through <see cref="DelegatingHandler.SendAsync(HttpRequestMessage, CancellationToken)"/> otherwise.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">The token of this attempt.</param>
    /// <returns>The answer of the handler inside.</returns>
    protected ValueTask<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The check DelegatingHandler.SendAsync makes, which the direct call to an inner step skips.
        ObjectDisposedException.ThrowIf(disposed, this);
        return InnerHandler is MemberCardsStep step
            ? step.SendStepAsync(request, cancellationToken)
            : new ValueTask<HttpResponseMessage>(base.SendAsync(request, cancellationToken));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            disposed = true;
        }

        base.Dispose(disposing);
    }
}
