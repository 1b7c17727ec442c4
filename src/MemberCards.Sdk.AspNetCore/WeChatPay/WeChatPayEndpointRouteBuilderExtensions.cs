using MemberCards.Sdk.WeChatPay;

namespace MemberCards.Sdk;

/// <summary>Maps the WeChat Pay notify URL (brand member-card notifications).</summary>
public static class WeChatPayEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as the notify URL of a merchant (<c>AddWeChatPay(name, ...)</c>
    /// with an APIv3 key): the body is read up to <see cref="WeChatPayOptions.MaxMessageBytes"/> (413 beyond) and
    /// handed to the merchant's <see cref="IWeChatPayDispatcher"/>, which verifies, decrypts, de-duplicates and runs
    /// the <see cref="IWeChatPayMessageHandler{TMessage}"/> handlers. WeChat Pay gets 200 when handled or a
    /// duplicate; 401 for a bad signature, 400 for a malformed body, 500 when a handler throws and 503 while another
    /// delivery of the same notification is being handled (each with <c>{"code":"FAIL","message":...}</c>), so it redelivers.
    /// A pattern with a <c>{registration}</c> parameter, such as <c>/wechatpay/notify/{registration}</c>, serves every
    /// merchant: the name is read from the route per request and must be registered or known to the registration source
    /// (<c>AddWeChatPaySource</c>, asked through its cache), so a brand added or removed there needs no new route; any
    /// other name is answered 404 with no body, as a route that is not mapped.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/wechatpay/notify</c> or <c>/wechatpay/notify/{registration}</c>.</param>
    /// <param name="name">The merchant's registration name; empty (the default) for the default merchant, and empty when the pattern carries the name.</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="InvalidOperationException">No merchant is registered under <paramref name="name"/> (a pattern without <c>{registration}</c> serves registered names only).</exception>
    /// <exception cref="ArgumentException">The pattern carries the name in <c>{registration}</c> and <paramref name="name"/> is not empty.</exception>
    /// <exception cref="InvalidOperationException">The pattern is already mapped by one of the SDK's <c>Map*</c> methods (the message names both calls).</exception>
    public static IEndpointConventionBuilder MapWeChatPayNotifications(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, string name = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(name);
        var routed = EndpointPatterns.CarriesRegistration(pattern, name, "MapWeChatPayNotifications");
        if (!routed)
        {
            MappedRegistration.Require(endpoints.ServiceProvider, WeChatPayConstants.ServiceName, name, $"MapWeChatPayNotifications(\"{pattern}\", \"{name}\")");
        }

        var endpoint = new WeChatPayNotificationsEndpoint(routed ? null : name);
        EndpointPatterns.Claim(endpoints, pattern, "MapWeChatPayNotifications");
        return endpoints.MapPost(pattern, (RequestDelegate)endpoint.HandleAsync);
    }
}
