using System.Diagnostics.CodeAnalysis;
using MemberCards.Sdk.AspNetCore;
using MemberCards.Sdk.WeChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk;

/// <summary>Maps the WeChat server URL (event pushes of member cards).</summary>
public static class WeChatEndpointRouteBuilderExtensions
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post];

    /// <summary>
    /// Maps <paramref name="pattern"/> as the server URL of the default Official Account (<c>AddWeChatCards(...)</c>, with
    /// <see cref="WeChatCardsOptions.PushToken"/> and, for safe mode, <see cref="WeChatCardsOptions.EncodingAesKey"/>):
    /// <c>GET</c> answers the URL verification with <c>echostr</c>; <c>POST</c> reads the body up to
    /// <see cref="WeChatCardsOptions.MaxEventBytes"/> (413 beyond), verifies (plain or safe mode), de-duplicates and runs the
    /// <see cref="IWeChatEventHandler{TEvent}"/> handlers. WeChat gets 200 with an empty body when the event is handled
    /// or a duplicate; 401 for a bad signature, 400 for a malformed body and 500 when a handler throws, so the retry is handled.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, such as <c>/wechat/events</c>.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapWeChatCardEvents(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
        => endpoints.MapWeChatCardEvents(pattern, Options.DefaultName);

    /// <summary>Maps <paramref name="pattern"/> as the server URL of the account registered as <c>AddWeChatCards(name, ...)</c>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route.</param>
    /// <param name="name">The account's options name.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapWeChatCardEvents(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(name);
        return endpoints.MapMethods(pattern, Methods, WeChatCardEventsEndpoint.Create(name));
    }
}
