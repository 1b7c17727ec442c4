using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Erp;

/// <summary>
/// The ERP points client: validate, send once through the Refit interface with the per-call timeout (on the injected
/// clock), and read the answer into a member. Authentication is the host's handler; error mapping and telemetry
/// are the pipeline's last step (<see cref="ErpErrorMapper"/>, <see cref="MemberCardsPipelineHandler"/>).
/// </summary>
internal sealed class ErpPointsClient(IErpPointsApi api, string name, ErpPointsOptions options, TimeProvider timeProvider, ILogger logger) : IErpPointsClient
{
    private readonly string registration = MemberCardsSettingName.Of(ErpConstants.Service, name);

    /// <summary>The operation name the pipeline reports (the Refit method's name without <c>Async</c>).</summary>
    internal const string Operation = "ChangeMemberPoints";

    public async Task<ErpMember> ChangeMemberPointsAsync(MemberPointsChangeRequest request, CancellationToken cancellationToken = default)
    {
        MemberPointsChangeRequestValidator.ThrowIfInvalid(request);
        cancellationToken.ThrowIfCancellationRequested();
        var mobile = Redaction.Phone(request.Mobile);
        using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ErpLog.Sending(logger, registration, request.PointsChanges, mobile);
        try
        {
            var envelope = await api.ChangeMemberPointsAsync(request, linked.Token).ConfigureAwait(false);
            var member = ErpAnswerReader.ReadSuccess(envelope, 200);
            ErpLog.Applied(logger, registration, mobile, member.CardNo, member.StateText);
            return member;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // Report the caller's own token, not the linked one the call ran under.
            throw new OperationCanceledException("The points change was cancelled by the caller; if it had been sent, its outcome is unknown.", ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            var unknown = new MemberCardsOutcomeUnknownException(ErpConstants.Service, Operation, null, new TimeoutException($"The ERP did not answer within {options.Timeout}.", ex));
            ErpLog.OutcomeUnknown(logger, registration, mobile, null, unknown);
            throw unknown;
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
