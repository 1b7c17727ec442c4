using Refit;

namespace MemberCards.Sdk.Erp;

/// <summary>
/// The ERP's wire contract: every endpoint the SDK models, one attribute line each (used through the Refit
/// generated client only). Validation, logging and the reading of the answer live in <see cref="ErpPointsClient"/>;
/// authentication, error mapping and telemetry in the handler pipeline.
/// </summary>
[Headers("Accept: application/json")]
internal interface IErpPointsApi
{
    /// <summary>Sends a points change; the body is buffered so it goes out with a Content-Length (and a host's signing handler can read it).</summary>
    [Post(ErpConstants.MemberPointsPath)]
    Task<ErpEnvelope> ChangeMemberPointsAsync([Body(buffered: true)] MemberPointsChangeRequest request, CancellationToken cancellationToken);
}
