using Refit;

namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>
/// A host's own Refit interface for an ERP endpoint the SDK does not model (<c>GET /user/memberInfo</c>, served by
/// the ERP emulator), to test <c>AddErpPoints(name).AddApi&lt;IMyErpApi&gt;()</c>.
/// </summary>
public interface IMyErpApi
{
    [Get("/user/memberInfo")]
    Task<MemberInfoAnswer> GetMemberInfoAsync([Query] string mobile, CancellationToken cancellationToken = default);
}
