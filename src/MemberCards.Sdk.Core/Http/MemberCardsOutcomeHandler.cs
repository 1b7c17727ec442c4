namespace MemberCards.Sdk;

/// <summary>
/// The outermost step of every SDK client: whatever the steps inside threw reaches the caller as an SDK exception
/// (<see cref="MemberCardsHttp.ToSdkException"/>), whichever Refit method shape sent it, and an answer to a write
/// that fails verification becomes <see cref="MemberCardsOutcomeUnknownException"/> with the
/// <see cref="MemberCardsSignatureException"/> as its cause: the change may have been applied, only the answer cannot
/// be trusted.
/// </summary>
/// <param name="service">The service name.</param>
internal sealed class MemberCardsOutcomeHandler(string service) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (MemberCardsSignatureException ex) when (!MemberCardsHttp.IsIdempotent(request.Method))
        {
            throw new MemberCardsOutcomeUnknownException(service, MemberCardsHttp.OperationOf(request), null, ex);
        }
        catch (Exception ex) when (ex is not MemberCardsException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw MemberCardsHttp.ToSdkException(service, request, ex, cancellationToken);
        }
    }
}
