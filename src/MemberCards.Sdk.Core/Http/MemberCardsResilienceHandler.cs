namespace MemberCards.Sdk;

/// <summary>
/// Runs each request through the registration's resilience pipeline (GET-only counted retries, the attempt timeout):
/// the same work as Microsoft.Extensions.Http.Resilience's <c>ResilienceHandler</c>, except that it does not store
/// the Polly context in <see cref="HttpRequestMessage.Options"/>. Refit already puts three entries there, and a fourth
/// makes the options dictionary grow on every call (about 240 bytes a request); the retry strategy reads the request
/// from the context's properties (<c>GetRequestMessage</c>), which this handler sets.
/// </summary>
/// <param name="pipeline">The registration's current pipeline (rebuilt by its registry when options change).</param>
internal sealed class MemberCardsResilienceHandler(Func<ResiliencePipeline<HttpResponseMessage>> pipeline) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.SetRequestMessage(request);
        try
        {
            var outcome = await pipeline().ExecuteOutcomeAsync(
                static async (attempt, state) =>
                {
                    try
                    {
                        // A strategy may replace the request between attempts (fail-over): send the current one.
                        var current = attempt.GetRequestMessage() ?? state.Request;
                        return Outcome.FromResult(await state.Handler.SendInnerAsync(current, attempt.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
}
