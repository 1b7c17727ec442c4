namespace MemberCards.Sdk;

/// <summary>
/// The outermost step of every SDK client. It runs each request through the registration's resilience pipeline
/// (GET-only counted retries, the attempt timeout), and whatever the steps inside threw reaches the caller as an SDK
/// exception (<see cref="MemberCardsHttp.ToSdkException"/>), whichever Refit method shape sent it; an answer to a write
/// that fails verification becomes <see cref="MemberCardsOutcomeUnknownException"/> with the
/// <see cref="MemberCardsSignatureException"/> as its cause: the change may have been applied, only the answer cannot
/// be trusted.
/// </summary>
/// <remarks>
/// The pipeline part does the work of Microsoft.Extensions.Http.Resilience's <c>ResilienceHandler</c>, except that it
/// does not store the Polly context in <see cref="HttpRequestMessage.Options"/>: Refit already puts three entries there,
/// and a fourth makes the options dictionary grow on every call (about 240 bytes a request); the retry strategy reads
/// the request from the context's properties (<c>GetRequestMessage</c>), which this handler sets. Both jobs are one
/// step, so a call pays one async level for them, not two (issue 18). The pipeline is asked for once: its registry
/// keeps one instance per client and reloads it in place when the options change.
/// </remarks>
/// <param name="service">The service name.</param>
/// <param name="pipelineOf">Gives the registration's pipeline (one instance, reloaded in place by its registry when options change).</param>
internal sealed class MemberCardsResilienceHandler(string service, Func<ResiliencePipeline<HttpResponseMessage>> pipelineOf) : MemberCardsStep
{
    private ResiliencePipeline<HttpResponseMessage>? pipeline;

    /// <inheritdoc />
    internal override async ValueTask<HttpResponseMessage> SendStepAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.SetRequestMessage(request);
        try
        {
            var outcome = await (pipeline ??= pipelineOf()).ExecuteOutcomeAsync(
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
        catch (MemberCardsSignatureException ex) when (!MemberCardsHttp.IsIdempotent(request.Method))
        {
            throw new MemberCardsOutcomeUnknownException(service, MemberCardsHttp.OperationOf(request), null, ex);
        }
        catch (Exception ex) when (ex is not MemberCardsException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw MemberCardsHttp.ToSdkException(service, request, ex, cancellationToken);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
