using System.Diagnostics.CodeAnalysis;
using MemberCards.Sdk.AspNetCore;
using MemberCards.Sdk.Youzan;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk;

/// <summary>Maps the Youzan push endpoint.</summary>
public static class YouzanEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as the push URL of the default Youzan app (<c>AddYouzan(...)</c>): the
    /// body is read up to <see cref="YouzanOptions.MaxBodyBytes"/> (413 beyond), verified, de-duplicated and dispatched to
    /// the <see cref="IYouzanPushHandler{TEvent}"/> handlers. Youzan gets <c>{"code":0,"msg":"success"}</c> when the push is
    /// handled, a duplicate, a health check or has no handler; 401 for a bad sign, 400 for a malformed push and 500 when a
    /// handler throws, so Youzan re-sends it.
    /// </summary>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route, such as <c>/youzan/push</c>.</param>
    /// <returns>The endpoint, for further conventions (<c>RequireHost</c>, rate limiting ...).</returns>
    public static IEndpointConventionBuilder MapYouzanPush(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
        => endpoints.MapYouzanPush(pattern, Options.DefaultName);

    /// <summary>Maps <c>POST <paramref name="pattern"/></c> as the push URL of the Youzan app registered as <c>AddYouzan(name, ...)</c>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route.</param>
    /// <param name="name">The app's options name.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapYouzanPush(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(name);
        return endpoints.MapPost(pattern, YouzanPushEndpoint.Create(name));
    }
}
