using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <content>
/// WeChat's side of a merchant's web page (JS-SDK): a stand-in for the <c>wx</c> script that posts what the page passed
/// to <c>wx.config</c> and <c>wx.addCard</c>, and the endpoint that checks both signatures against the tickets this
/// emulator issued, hands out the card and pushes <c>user_get_card</c>.
/// </content>
public sealed partial class WeChatEmulator
{
    /// <summary>The path of the stand-in <c>wx</c> script (<c>GET</c>; <c>?openid=..</c> names the user in the browser).</summary>
    public const string JsSdkScriptPath = "/_emulator/wechat/jssdk/jweixin.js";

    /// <summary>The path the stand-in script posts <c>{url, config, cardList, openid}</c> to (<c>POST</c>).</summary>
    public const string JsSdkAddCardPath = "/_emulator/wechat/jssdk/add-card";

    private const string DefaultPageUser = "o-emulator-user";
    private readonly HashSet<string> usedCardExtNonces = new(StringComparer.Ordinal);

    private const string StandInScript = """
        // Stand-in for WeChat's JS-SDK, served by the MemberCards WeChat emulator. wx.config keeps the config;
        // wx.addCard posts {url, config, cardList, openid} to the emulator, which checks both signatures like WeChat:
        // a refused config goes to the wx.error handlers, a refused card to addCard's fail.
        (function () {
          var src = document.currentScript.src;
          var endpoint = new URL('__ADD_CARD_PATH__', src).href;
          var openid = new URL(src).searchParams.get('openid');
          var config = null, readies = [], errors = [];
          function call(f, res) { if (typeof f === 'function') { f(res); } }
          window.wx = {
            config: function (c) { config = c; setTimeout(function () { readies.forEach(function (f) { f(); }); }, 0); },
            ready: function (f) { readies.push(f); },
            error: function (f) { errors.push(f); },
            addCard: function (o) {
              var body = JSON.stringify({ url: location.href.split('#')[0], config: config, cardList: o.cardList, openid: openid });
              fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: body })
                .then(function (r) { return r.json(); })
                .catch(function (e) { return { errMsg: 'addCard:fail ' + e }; })
                .then(function (res) {
                  if (res.errMsg === 'addCard:ok') { call(o.success, res); }
                  else if (/^config:/.test(res.errMsg)) { errors.forEach(function (f) { f(res); }); }
                  else { call(o.fail, res); }
                  call(o.complete, res);
                });
            }
          };
        })();
        """;

    /// <summary>The URL of the stand-in <c>wx</c> script; a page under test loads it instead of WeChat's.</summary>
    /// <param name="openId">The user in the browser, who receives the card (default <c>o-emulator-user</c>).</param>
    /// <returns>The absolute URL.</returns>
    public Uri JsSdkScriptUrl(string? openId = null)
        => new(BaseAddress, openId is null ? JsSdkScriptPath : JsSdkScriptPath + "?openid=" + Uri.EscapeDataString(openId));

    /// <summary>
    /// What the stand-in <c>wx</c> script does when the page calls <c>wx.addCard</c>, without a browser: posts
    /// <c>{url, config, cardList, openid}</c> to <see cref="JsSdkAddCardPath"/> over HTTP, so the emulator checks both
    /// signatures, hands out the cards and pushes <c>user_get_card</c> exactly as for a page in a browser.
    /// </summary>
    /// <param name="pageUrl">The page's URL as the browser has it, without the fragment (<c>location.href.split('#')[0]</c>).</param>
    /// <param name="config">What the page passed to <c>wx.config</c> (copied, not changed).</param>
    /// <param name="cardList">The <c>cardList</c> the page passed to <c>wx.addCard</c> (copied, not changed).</param>
    /// <param name="openId">The user in the browser, as in <see cref="JsSdkScriptUrl"/> (default <c>o-emulator-user</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The emulator's answer: the cards handed out, or why it refused them.</returns>
    public async Task<WeChatEmulatorAddCardAnswer> AddCardFromPageAsync(string pageUrl, JsonObject config, JsonArray cardList, string? openId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cardList);
        var body = new JsonObject { ["url"] = pageUrl, ["config"] = config.DeepClone(), ["cardList"] = cardList.DeepClone(), ["openid"] = openId };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "text/plain");
        using var response = await PushClient.PostAsync(new Uri(BaseAddress, JsSdkAddCardPath), content, cancellationToken).ConfigureAwait(false);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false))!.AsObject();
        return new WeChatEmulatorAddCardAnswer
        {
            StatusCode = (int)response.StatusCode,
            ErrMsg = (string?)answer["errMsg"] ?? string.Empty,
            Error = (string?)answer["error"],
            Body = answer,
        };
    }

    private void MapWebPageRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet(JsSdkScriptPath, (RequestDelegate)(context =>
        {
            context.Response.ContentType = "application/javascript; charset=utf-8";
            return context.Response.WriteAsync(StandInScript.Replace("__ADD_CARD_PATH__", JsSdkAddCardPath, StringComparison.Ordinal), context.RequestAborted);
        }));
        app.MapPost(JsSdkAddCardPath, (RequestDelegate)PageAddCardAsync);
    }

    /// <summary>
    /// What WeChat does when the page calls <c>wx.addCard</c>: the <c>wx.config</c> signature must match a live jsapi_ticket
    /// of its AppId and the page URL; each <c>cardExt</c> signature a live api_ticket of that AppId, with its code and openid
    /// present exactly when the card needs them and its nonce not used before. Then each card is handed out (a new code, or
    /// the custom code) and <c>user_get_card</c> pushed. Answers the JS result (<c>errMsg</c>, <c>cardList</c> with
    /// encrypted codes); a refusal has status 403 (signature) or 400 (rules), <c>errMsg</c> as WeChat's and <c>error</c> saying why.
    /// </summary>
    private async Task PageAddCardAsync(HttpContext context)
    {
        context.Response.Headers.AccessControlAllowOrigin = "*";
        using var body = await ReadJsonAsync(context).ConfigureAwait(false);
        if (body is null || body.RootElement.ValueKind != JsonValueKind.Object
            || !body.RootElement.TryGetProperty("config", out var config) || config.ValueKind != JsonValueKind.Object)
        {
            await RefuseAsync(context, 400, "config:fail", "post {url, config, cardList}: wx.config was not called before wx.addCard").ConfigureAwait(false);
            return;
        }

        var root = body.RootElement;
        var url = Text(root, "url") ?? string.Empty;
        var appId = Text(config, "appId") ?? string.Empty;
        var configFault = VerifyConfig(appId, url, config);
        if (configFault is not null)
        {
            await RefuseAsync(context, 403, "config:invalid signature", configFault).ConfigureAwait(false);
            return;
        }

        if (!root.TryGetProperty("cardList", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            await RefuseAsync(context, 400, "addCard:fail", "cardList is missing or empty").ConfigureAwait(false);
            return;
        }

        var requestedUser = Text(root, "openid");
        var handOut = new List<PageCard>();
        (int Status, string Why)? refusal = null;
        lock (gate)
        {
            var nonces = new List<string>();
            foreach (var item in list.EnumerateArray())
            {
                var (fault, signatureFault, entry) = VerifyCardExt(appId, item, requestedUser, nonces);
                if (fault is not null)
                {
                    refusal = (signatureFault ? 403 : 400, fault);
                    handOut.Clear();
                    break;
                }

                handOut.Add(entry!);
            }

            if (handOut.Count > 0)
            {
                foreach (var nonce in nonces)
                {
                    usedCardExtNonces.Add(nonce);
                }
            }
        }

        if (refusal is var (status, why))
        {
            await RefuseAsync(context, status, status == 403 ? "addCard:fail signature error" : "addCard:fail", why).ConfigureAwait(false);
            return;
        }

        var results = new JsonArray();
        foreach (var (card, openId, code, outerStr, cardExt) in handOut)
        {
            WeChatEmulatorMember member;
            try
            {
                lock (gate)
                {
                    member = IssueCode(card, openId, outerStr, code);
                }
            }
            catch (InvalidOperationException ex)
            {
                await RefuseAsync(context, 409, "addCard:fail", ex.Message).ConfigureAwait(false);
                return;
            }

            await PushUserGetCardAsync(member, context.RequestAborted).ConfigureAwait(false);
            results.Add((JsonNode)new JsonObject { ["cardId"] = card.CardId, ["cardExt"] = cardExt, ["code"] = EncryptCode(member.Code), ["isSuccess"] = true });
        }

        await AnswerJsAsync(context, 200, new JsonObject { ["errMsg"] = "addCard:ok", ["cardList"] = results }).ConfigureAwait(false);
    }

    /// <summary>Checks the wx.config signature; returns why it is refused, or <see langword="null"/>.</summary>
    private string? VerifyConfig(string appId, string url, JsonElement config)
    {
        var nonce = Text(config, "nonceStr");
        var signature = Text(config, "signature");
        long? timestamp = config.TryGetProperty("timestamp", out var t) ? t.ValueKind switch
        {
            JsonValueKind.Number when t.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(t.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        } : null;
        if (string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(signature) || timestamp is null)
        {
            return "wx.config needs appId, timestamp, nonceStr and signature";
        }

        if (string.IsNullOrEmpty(url) || url.Contains('#', StringComparison.Ordinal))
        {
            return "the page URL is missing or has a fragment (WeChat signs location.href.split('#')[0])";
        }

        lock (gate)
        {
            if (!options.Apps.ContainsKey(appId))
            {
                return $"appId '{appId}' is not an Official Account of this emulator";
            }

            var live = LiveTickets(appId, WeChatTicketType.JsApi);
            if (live.Count == 0)
            {
                return $"no live jsapi_ticket was issued to '{appId}' (cgi-bin/ticket/getticket?type=jsapi)";
            }

            if (live.Any(ticket => WeChatJsSdkSigner.ConfigSignature(ticket, nonce, timestamp.Value, url) == signature))
            {
                return null;
            }

            return LiveTickets(appId, WeChatTicketType.WxCard).Any(ticket => WeChatJsSdkSigner.ConfigSignature(ticket, nonce, timestamp.Value, url) == signature)
                ? "the wx.config signature was made with the card api_ticket (wx_card): sign wx.config with the jsapi_ticket"
                : $"the wx.config signature does not match any live jsapi_ticket of '{appId}' for url '{url}'";
        }
    }

    /// <summary>Checks one cardList entry under the state lock; returns why it is refused (and whether for its signature), or the card to hand out.</summary>
    private (string? Fault, bool Signature, PageCard? Card) VerifyCardExt(string appId, JsonElement item, string? requestedUser, List<string> nonces)
    {
        var cardId = Text(item, "cardId");
        var cardExtText = Text(item, "cardExt");
        if (!TryCard(appId, cardId, out var card, out _) || card.Deleted)
        {
            return ($"cardId '{cardId}' is not a card of '{appId}'", false, null);
        }

        JsonElement ext;
        try
        {
            using var parsed = JsonDocument.Parse(cardExtText ?? string.Empty);
            ext = parsed.RootElement.Clone();
        }
        catch (JsonException)
        {
            return ($"the cardExt of '{cardId}' is not a JSON string", false, null);
        }

        if (ext.ValueKind != JsonValueKind.Object)
        {
            return ($"the cardExt of '{cardId}' is not a JSON object", false, null);
        }

        var code = Text(ext, "code");
        var openId = Text(ext, "openid");
        var nonce = Text(ext, "nonce_str");
        var signature = Text(ext, "signature");
        var timestamp = ext.TryGetProperty("timestamp", out var t) ? (t.ValueKind == JsonValueKind.Number ? t.GetRawText() : Text(ext, "timestamp")) : null;
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return ($"the cardExt of '{cardId}' needs timestamp and signature", false, null);
        }

        var info = card.MemberCard["base_info"] as JsonObject;
        var customCode = card.AssignsOwnCodes;
        var bindOpenId = info?["bind_openid"]?.GetValueKind() == JsonValueKind.True;
        if (customCode != !string.IsNullOrEmpty(code))
        {
            return (customCode ? $"card '{cardId}' uses use_custom_code: its cardExt needs the code" : $"card '{cardId}' does not use use_custom_code: its cardExt must not carry a code", false, null);
        }

        if (bindOpenId != !string.IsNullOrEmpty(openId))
        {
            return (bindOpenId ? $"card '{cardId}' uses bind_openid: its cardExt needs the openid" : $"card '{cardId}' does not use bind_openid: its cardExt must not carry an openid", false, null);
        }

        var user = requestedUser ?? openId ?? DefaultPageUser;
        if (bindOpenId && user != openId)
        {
            return ($"card '{cardId}' is bound to openid '{openId}', not to the user '{user}' in the browser", false, null);
        }

        string[] signed = [timestamp, cardId!, code ?? string.Empty, openId ?? string.Empty, nonce ?? string.Empty];
        if (!LiveTickets(appId, WeChatTicketType.WxCard).Any(ticket => WeChatJsSdkSigner.CardSignature([ticket, .. signed]) == signature))
        {
            var why = LiveTickets(appId, WeChatTicketType.JsApi).Any(ticket => WeChatJsSdkSigner.CardSignature([ticket, .. signed]) == signature)
                ? $"the cardExt of '{cardId}' was signed with the jsapi_ticket: sign cardExt with the card api_ticket (wx_card)"
                : $"the cardExt signature of '{cardId}' does not match any live api_ticket (wx_card) of '{appId}'";
            return (why, true, null);
        }

        var replayKey = string.Concat(appId, "\n", timestamp, "\n", nonce);
        if (usedCardExtNonces.Contains(replayKey) || nonces.Contains(replayKey))
        {
            return ($"the cardExt of '{cardId}' reuses a timestamp and nonce_str already received: sign each cardExt anew", false, null);
        }

        nonces.Add(replayKey);
        return (null, false, new PageCard(card, user, code, Text(ext, "outer_str"), cardExtText!));
    }

    private List<string> LiveTickets(string appId, WeChatTicketType type)
        => [.. jsTickets.Where(p => p.Value.AppId == appId && p.Value.Type == type && !p.Value.Revoked && Now < p.Value.ExpiresAt).Select(p => p.Key)];

    private static Task RefuseAsync(HttpContext context, int status, string errMsg, string error)
        => AnswerJsAsync(context, status, new JsonObject { ["errMsg"] = errMsg, ["error"] = error });

    private static Task AnswerJsAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private sealed record PageCard(StoredCard Card, string OpenId, string? Code, string? OuterStr, string CardExt);
}
