using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk;

/// <summary>Maps the WeChat server URL (event pushes of member cards).</summary>
public static class WeChatEndpointRouteBuilderExtensions
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post];

    /// <summary>
    /// Maps <paramref name="pattern"/> as the server URL of a WeChat registration (<c>AddWeChatCards(name)</c>, with
    /// <see cref="WeChatCardsOptions.PushToken"/> and, for safe mode, <see cref="WeChatCardsOptions.EncodingAesKey"/>):
    /// <c>GET</c> answers the URL verification with <c>echostr</c>; <c>POST</c> reads the body up to
    /// <see cref="WeChatCardsOptions.MaxMessageBytes"/> (413 beyond) and hands it to the registration's
    /// <see cref="IWeChatDispatcher"/>. WeChat gets 200 with an empty body when the event is handled, a duplicate or has
    /// no handler; 401 for a bad or stale signature, 400 for a malformed body, 500 when a handler throws and 503 while
    /// another delivery of the same event is being handled, so the retry is handled exactly once.
    /// A pattern with a <c>{registration}</c> parameter, such as <c>/wechat/events/{registration}</c>, serves every
    /// account: the name is read from the route per request and must be registered or known to the registration source
    /// (<c>AddWeChatCardsSource</c>, asked through its cache), so an account added or removed there needs no new route;
    /// any other name is answered 404 with no body, as a route that is not mapped. The accounts' PushTokens are then
    /// checked per push (an account without one gets 500) rather than when the route is mapped.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/wechat/events</c> or <c>/wechat/events/{registration}</c>.</param>
    /// <param name="name">The registration name (<see langword="null"/> or empty for the default one, and when the pattern carries the name).</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="InvalidOperationException">The registration does not exist (a pattern without <c>{registration}</c> serves registered names only).</exception>
    /// <exception cref="OptionsValidationException">Its options are invalid, or <see cref="WeChatCardsOptions.PushToken"/> is not set (the message names the setting).</exception>
    /// <exception cref="ArgumentException">The pattern carries the name in <c>{registration}</c> and <paramref name="name"/> is not empty.</exception>
    /// <exception cref="InvalidOperationException">The pattern is already mapped by one of the SDK's <c>Map*</c> methods (the message names both calls).</exception>
    public static IEndpointConventionBuilder MapWeChatCardEvents(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        name ??= string.Empty;
        if (EndpointPatterns.CarriesRegistration(pattern, name, "MapWeChatCardEvents"))
        {
            EndpointPatterns.Claim(endpoints, pattern, "MapWeChatCardEvents");
            return endpoints.MapMethods(pattern, Methods, WeChatCardEventsEndpoint.Create(null));
        }

        var services = endpoints.ServiceProvider;
        MappedRegistration.Require(services, WeChatConstants.ServiceName, name, $"MapWeChatCardEvents(\"{pattern}\", \"{name}\")");
        if (string.IsNullOrEmpty(services.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(name).PushToken))
        {
            var setting = MemberCardsSettingName.Of(WeChatConstants.ServiceName, name, nameof(WeChatCardsOptions.PushToken));
            throw new OptionsValidationException(name, typeof(WeChatCardsOptions), [$"{setting} is required by MapWeChatCardEvents(\"{pattern}\"): without it event pushes cannot be verified."]);
        }

        EndpointPatterns.Claim(endpoints, pattern, "MapWeChatCardEvents");
        return endpoints.MapMethods(pattern, Methods, WeChatCardEventsEndpoint.Create(name));
    }
}
