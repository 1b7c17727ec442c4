using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk;

/// <summary>Maps the Youzan push endpoint.</summary>
public static class YouzanEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as the push URL of a Youzan app (<c>AddYouzan(name?)</c>): the body is
    /// read up to <see cref="YouzanOptions.MaxMessageBytes"/> (413 beyond), verified, de-duplicated and dispatched to the
    /// <see cref="IYouzanMessageHandler{TMessage}"/> handlers. Youzan gets <c>{"code":0,"msg":"success"}</c> when the push is
    /// handled, a duplicate, a health check or has no handler; 401 for a bad sign, 400 for a malformed push, 503 while
    /// another delivery of the same push is being handled and 500 when a handler throws, so Youzan re-sends it.
    /// </summary>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route, such as <c>/youzan/push</c>.</param>
    /// <param name="name">The app's registration name; <see langword="null"/> or empty for the default app.</param>
    /// <returns>The endpoint, for further conventions (<c>RequireHost</c>, rate limiting ...).</returns>
    /// <exception cref="InvalidOperationException">No app is registered under <paramref name="name"/>.</exception>
    /// <exception cref="InvalidOperationException">The pattern is already mapped by one of the SDK's <c>Map*</c> methods (the message names both calls).</exception>
    public static IEndpointConventionBuilder MapYouzanPush(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        name ??= string.Empty;
        (endpoints.ServiceProvider.GetService(typeof(MemberCardsRegistrations)) as MemberCardsRegistrations)?.Require(YouzanConstants.ServiceName, name);
        var endpoint = new YouzanPushEndpoint(name);
        EndpointPatterns.Claim(endpoints, pattern, "MapYouzanPush");
        return endpoints.MapPost(pattern, endpoint.HandleAsync);
    }
}
