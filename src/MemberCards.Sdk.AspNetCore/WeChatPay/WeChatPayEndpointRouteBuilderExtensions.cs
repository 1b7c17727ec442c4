using System.Diagnostics.CodeAnalysis;
using MemberCards.Sdk.AspNetCore;
using MemberCards.Sdk.WeChatPay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk;

/// <summary>Maps the WeChat Pay notify URL (brand member-card notifications).</summary>
public static class WeChatPayEndpointRouteBuilderExtensions
{
    /// <summary>The largest notification body accepted, in bytes (64 KiB; a notification is about 1 KiB).</summary>
    public const int MaxNotificationBytes = 64 * 1024;

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> as the notify URL of the default merchant (<c>AddWeChatPay(...)</c> with
    /// an APIv3 key): the body is read up to <see cref="MaxNotificationBytes"/> (413 beyond), the signature verified,
    /// the resource decrypted, the id de-duplicated and the <see cref="IWeChatPayUserCardEventHandler"/> handlers run.
    /// WeChat Pay gets 200 when handled or a duplicate; 401 for a bad signature, 400 for a malformed body and 500 when a
    /// handler throws (each with <c>{"code":"FAIL","message":...}</c>), so it redelivers.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/wechatpay/notify</c>.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapWeChatPayNotifications(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
        => endpoints.MapWeChatPayNotifications(pattern, Options.DefaultName);

    /// <summary>Maps <c>POST <paramref name="pattern"/></c> as the notify URL of the merchant registered as <c>AddWeChatPay(name, ...)</c>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route.</param>
    /// <param name="name">The merchant's options name.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapWeChatPayNotifications(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(name);
        return endpoints.MapPost(pattern, WeChatPayNotificationsEndpoint.Create(name, MaxNotificationBytes));
    }
}
