using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Erp;

/// <summary>
/// The ERP points client: validate, send once through the Refit interface, and read the answer into a member.
/// Authentication is the host's handler; the time limit (<see cref="ErpPointsOptions.Timeout"/>, on the injected
/// clock), error mapping and telemetry are the shared pipeline's (<see cref="ErpHttpClient"/>).
/// </summary>
internal sealed class ErpPointsClient(IErpPointsApi api, string name, ILogger logger) : IErpPointsClient
{
    private readonly string registration = MemberCardsSettingName.Of(ErpConstants.ServiceName, name);

    /// <summary>The operation name the pipeline reports (the Refit method's name without <c>Async</c>).</summary>
    internal const string Operation = "ChangeMemberPoints";

    public async Task<ErpMember> ChangeMemberPointsAsync(MemberPointsChangeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ((IValidatedRequest)request).Validate();
        cancellationToken.ThrowIfCancellationRequested();
        var mobile = Redaction.Phone(request.Mobile);
        ErpLog.Sending(logger, registration, request.PointsChanges, mobile);
        try
        {
            var envelope = await api.ChangeMemberPointsAsync(request, cancellationToken).ConfigureAwait(false);
            var member = ErpAnswerReader.ReadSuccess(envelope, 200);
            ErpLog.Applied(logger, registration, mobile, member.CardNo, member.StateText);
            return member;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The points change was cancelled by the caller; if it had been sent, its outcome is unknown.", ex, cancellationToken);
        }
        catch (MemberCardsOutcomeUnknownException ex)
        {
            ErpLog.OutcomeUnknown(logger, registration, mobile, ex.StatusCode, ex);
            throw;
        }
        catch (MemberCardsApiException ex)
        {
            ErpLog.Refused(logger, registration, mobile, ex.StatusCode, ex.ErrorCode, ex.ErrorMessage);
            throw;
        }
    }
}
