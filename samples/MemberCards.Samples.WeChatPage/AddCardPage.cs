using System.Net;
using System.Text.Json.Nodes;
using MemberCards.Sdk;
using MemberCards.Sdk.WeChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Samples.WeChatPage;

/// <summary>
/// A page that hands out a member card through the JS-SDK. <c>GET /member/join</c> is static HTML: it asks the server to
/// sign its own URL (<c>GET /member/join/signature?url=..</c>), which answers the <c>wx.config</c> fields (jsapi_ticket)
/// and the <c>cardList</c> with a signed <c>cardExt</c> (api_ticket); the page then calls <c>wx.config</c> and
/// <c>wx.addCard</c>. Tickets come from <see cref="IWeChatTicketProvider"/> (cached, never fetched per request).
/// </summary>
public static class AddCardPage
{
    /// <summary>The page's path.</summary>
    public const string PagePath = "/member/join";

    /// <summary>The path the page fetches its signatures from.</summary>
    public const string SignaturePath = "/member/join/signature";

    /// <summary>WeChat's JS-SDK script, which defines <c>wx</c> in a page opened in WeChat.</summary>
    public static readonly Uri WeChatJsSdkScript = new("https://res.wx.qq.com/open/js/jweixin-1.6.0.js");

    /// <summary>Builds the web application serving the page.</summary>
    /// <param name="settings">The Official Account, the card and the <c>wx</c> script.</param>
    /// <param name="args">Command-line arguments (<c>--urls</c> ...).</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Build(AddCardPageSettings settings, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddMemberCards().AddWeChatCards(o =>
        {
            o.AppId = settings.AppId;
            o.AppSecret = settings.AppSecret;
            if (settings.WeChatBaseAddress is { } address)
            {
                o.BaseAddress = address;
            }
        });
        var app = builder.Build();
        Map(app, settings.JsSdkScript, () => new WeChatCardExtFields { CardId = settings.CardId, OuterStr = settings.OuterStr });
        return app;
    }

    /// <summary>
    /// Maps the page (<see cref="PagePath"/>) and its signatures (<see cref="SignaturePath"/>) on a host that registered
    /// <c>AddWeChatCards()</c> (the default registration: its tickets sign the page).
    /// </summary>
    /// <param name="endpoints">The host's routes.</param>
    /// <param name="jsSdkScript">The script that defines <c>wx</c>: <see cref="WeChatJsSdkScript"/>, or the emulator's stand-in.</param>
    /// <param name="card">The card each page view hands out, read per signature request (a card created after the host started is fine).</param>
    public static void Map(IEndpointRouteBuilder endpoints, Uri jsSdkScript, Func<WeChatCardExtFields> card)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(jsSdkScript);
        ArgumentNullException.ThrowIfNull(card);
        var html = Html(jsSdkScript);
        endpoints.MapGet(PagePath, () => Results.Content(html, "text/html; charset=utf-8"));
        endpoints.MapGet(SignaturePath, async (string url, IWeChatTicketProvider tickets, WeChatJsSdkSigner signer, CancellationToken cancellationToken) =>
        {
            // The page sends location.href without its fragment; the signer refuses a URL with one.
            var config = signer.SignConfig(tickets.AppId, await tickets.GetTicketAsync(WeChatTicketType.JsApi, cancellationToken), url);
            var item = signer.SignAddCard(await tickets.GetTicketAsync(WeChatTicketType.WxCard, cancellationToken), card());
            var answer = new JsonObject
            {
                ["config"] = new JsonObject { ["appId"] = config.AppId, ["timestamp"] = config.Timestamp, ["nonceStr"] = config.NonceStr, ["signature"] = config.Signature },
                ["cardList"] = new JsonArray(new JsonObject { ["cardId"] = item.CardId, ["cardExt"] = item.CardExt }),
            };
            return Results.Text(answer.ToJsonString(), "application/json; charset=utf-8");
        });
    }

    private static string Html(Uri script) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>领取会员卡</title>
          <script src="{{WebUtility.HtmlEncode(script.ToString())}}"></script>
        </head>
        <body>
          <h1>领取会员卡</h1>
          <p id="status">signing…</p>
          <script>
            (function () {
              var status = document.getElementById('status');
              var pageUrl = location.href.split('#')[0];
              fetch('{{SignaturePath}}?url=' + encodeURIComponent(pageUrl))
                .then(function (r) { return r.json(); })
                .then(function (signed) {
                  wx.config({
                    debug: false,
                    appId: signed.config.appId,
                    timestamp: signed.config.timestamp,
                    nonceStr: signed.config.nonceStr,
                    signature: signed.config.signature,
                    jsApiList: ['addCard']
                  });
                  wx.error(function (res) { status.textContent = 'config failed: ' + res.errMsg; });
                  wx.ready(function () {
                    wx.addCard({
                      cardList: signed.cardList,
                      success: function (res) { status.textContent = 'added: ' + res.cardList.map(function (c) { return c.cardId; }).join(','); },
                      fail: function (res) { status.textContent = 'failed: ' + res.errMsg; }
                    });
                  });
                })
                .catch(function (e) { status.textContent = 'failed: ' + e; });
            })();
          </script>
        </body>
        </html>
        """;
}
