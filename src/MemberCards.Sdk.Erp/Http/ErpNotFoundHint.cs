namespace MemberCards.Sdk.Erp;

/// <summary>
/// The hint of a 404 answer: the ERP has no endpoint at the address the request went to, which almost always means
/// that the registration's <c>BaseAddress</c> is wrong (another host, a missing or extra path prefix). It names the
/// method, the address (without its query, which may carry signatures) and the setting.
/// </summary>
internal static class ErpNotFoundHint
{
    /// <summary>The hint for a 404 answered to <paramref name="request"/>.</summary>
    /// <param name="request">The request (may be <see langword="null"/>).</param>
    /// <param name="registration">The ERP registration the request was sent for.</param>
    /// <returns>The hint.</returns>
    public static string For(HttpRequestMessage? request, string registration)
    {
        var setting = MemberCardsSettingName.Of(ErpConstants.ServiceName, registration, nameof(ErpPointsOptions.BaseAddress));
        var target = request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.GetLeftPart(UriPartial.Path) : request?.RequestUri?.OriginalString ?? "(unknown address)";
        return $"The ERP has no endpoint at {request?.Method.Method ?? "the request's method"} {target}: check {setting}, which every endpoint path is appended to (its path prefix must be the one the ERP serves under; a trailing '/' makes no difference).";
    }
}
