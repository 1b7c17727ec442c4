namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The outermost step of a merchant's pipeline: whatever the steps inside threw reaches the caller as an SDK
/// exception (<see cref="MemberCardsHttp.ToSdkException"/>), whichever Refit method shape sent it, and an answer to
/// a write (POST, PATCH, DELETE) that fails verification becomes <see cref="MemberCardsOutcomeUnknownException"/>
/// with the <see cref="MemberCardsSignatureException"/> as its cause: WeChat Pay may have applied the change, only
/// the answer cannot be trusted.
/// </summary>
internal sealed class WeChatPayOutcomeHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (MemberCardsSignatureException ex) when (!MemberCardsHttp.IsIdempotent(request.Method))
        {
            throw new MemberCardsOutcomeUnknownException(WeChatPayConstants.ServiceName, MemberCardsHttp.OperationOf(request), null, ex);
        }
        catch (Exception ex) when (ex is not MemberCardsException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw MemberCardsHttp.ToSdkException(WeChatPayConstants.ServiceName, request, ex, cancellationToken);
        }
    }
}
