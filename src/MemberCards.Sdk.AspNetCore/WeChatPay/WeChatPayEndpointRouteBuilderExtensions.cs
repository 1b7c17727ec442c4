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
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/wechatpay/notify</c>.</param>
    /// <param name="name">The merchant's registration name; empty (the default) for the default merchant.</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="InvalidOperationException">The pattern is already mapped by one of the SDK's <c>Map*</c> methods (the message names both calls).</exception>
    public static IEndpointConventionBuilder MapWeChatPayNotifications(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, string name = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(name);
        endpoints.ServiceProvider.GetRequiredService<MemberCardsRegistrations>().Require(WeChatPayConstants.ServiceName, name);
        var endpoint = new WeChatPayNotificationsEndpoint(name);
        EndpointPatterns.Claim(endpoints, pattern, "MapWeChatPayNotifications");
        return endpoints.MapPost(pattern, (RequestDelegate)endpoint.HandleAsync);
    }
}
