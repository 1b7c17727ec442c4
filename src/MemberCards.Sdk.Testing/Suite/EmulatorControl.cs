using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.Testing;

/// <summary>
/// The control endpoints of an <see cref="EmulatorSuite"/> (under <c>/_emulator/</c>), so that a host's inbound
/// endpoints can be tested from outside the process (curl, another language) while <c>membercards emulate</c>
/// runs: send a WeChat event push, a WeChat Pay notification or a Youzan push to the configured callback, let a
/// user pick a WeChat card up (a code issued and pushed, as <see cref="WeChatEmulator.ScanQrCodeAsync"/> does), approve
/// a WeChat card, seed a WeChat Pay user card, and read the request log. Every answer is JSON.
/// </summary>
internal sealed class EmulatorControl(WeChatEmulator weChat, WeChatEmulatorOptions weChatOptions, WeChatPayEmulator weChatPay, EmulatorCallbacks callbacks, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The path every control endpoint starts with.</summary>
    internal const string Prefix = "/_emulator";

    internal void MapRoutes(IEndpointRouteBuilder app, Func<EmulatorHost> host)
    {
        app.MapMethods(Prefix + "/wechat/events/{event}", ["POST"], (RequestDelegate)(context => WeChatEventAsync(context)));
        app.MapMethods(Prefix + "/wechat/pick-up", ["POST"], (RequestDelegate)(context => PickUpAsync(context)));
        app.MapMethods(Prefix + "/wechat/cards/{cardId}/approve", ["POST"], (RequestDelegate)(context => ApproveAsync(context)));
        app.MapMethods(Prefix + "/wechatpay/notifications/{eventType}", ["POST"], (RequestDelegate)(context => WeChatPayNotificationAsync(context)));
        app.MapMethods(Prefix + "/wechatpay/user-cards/{code}", ["PUT"], (RequestDelegate)(context => SeedUserCardAsync(context)));
        app.MapMethods(Prefix + "/youzan/pushes/{type}", ["POST"], (RequestDelegate)(context => YouzanPushAsync(context)));
        app.MapMethods(Prefix + "/requests", ["GET"], (RequestDelegate)(context => RequestsAsync(context, host())));
    }

    /// <summary>Seeds the WeChat Pay emulator with a sample user card under <paramref name="code"/> (and <paramref name="cardId"/> when given).</summary>
    /// <param name="code">The user card code.</param>
    /// <param name="cardId">The card_id, or <see langword="null"/> for the sample's.</param>
    internal void SeedUserCard(string code, string? cardId)
    {
        var card = WeChatPayEmulator.SampleUserCard(code);
        if (!string.IsNullOrEmpty(cardId))
        {
            card["card_id"] = cardId;
        }

        weChatPay.PutUserCard(card);
    }

    private static string? Query(HttpContext context, string name)
        => context.Request.Query.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;

    private static Task AnswerAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(Json), context.RequestAborted);
    }

    private static Task NoCallbackAsync(HttpContext context, string what)
        => AnswerAsync(context, StatusCodes.Status409Conflict, new JsonObject { ["error"] = $"no {what} callback URL is configured (membercards emulate --{what}-callback URL)" });

    private async Task WeChatEventAsync(HttpContext context)
    {
        if (weChatOptions.CallbackUrl is null)
        {
            await NoCallbackAsync(context, "wechat").ConfigureAwait(false);
            return;
        }

        // Every query parameter but openid/app becomes an element of the event XML, in order: CardId, UserCardCode ...
        var eventName = (string)context.Request.RouteValues["event"]!;
        var openId = Query(context, "openid") ?? "o-emulator-user";
        var appId = Query(context, "app") ?? weChatOptions.Apps.Keys.FirstOrDefault() ?? string.Empty;
        var fields = context.Request.Query
            .Where(q => q.Key is not ("openid" or "app"))
            .Select(q => (q.Key, q.Value.ToString()))
            .ToList();
        var push = await weChat.PushEventAsync(appId, eventName, openId, fields, context.RequestAborted).ConfigureAwait(false);
        await AnswerAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["delivered_to"] = weChatOptions.CallbackUrl.ToString(),
            ["status"] = push.CallbackStatus,
            ["answer"] = push.CallbackResponse,
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// A user picks a card up: by QR code (<c>ticket</c>, through <see cref="WeChatEmulator.ScanQrCodeAsync"/>) or directly
    /// (<c>card_id</c>). The emulator issues the code, records it, and pushes <c>user_get_card</c> with it to the callback
    /// (when one is configured), so that activating that code succeeds.
    /// </summary>
    private async Task PickUpAsync(HttpContext context)
    {
        var ticket = Query(context, "ticket");
        var cardId = Query(context, "card_id");
        var openId = Query(context, "openid") ?? "o-emulator-user";
        if (string.IsNullOrEmpty(ticket) == string.IsNullOrEmpty(cardId))
        {
            await AnswerAsync(context, StatusCodes.Status400BadRequest, new JsonObject { ["error"] = "give the card once: ticket=<card/qrcode/create ticket> or card_id=<card_id>" }).ConfigureAwait(false);
            return;
        }

        WeChatEmulatorMember member;
        WeChatEmulatorPush push;
        try
        {
            (member, push) = string.IsNullOrEmpty(ticket)
                ? await weChat.PickUpCardAsync(cardId!, openId, context.RequestAborted).ConfigureAwait(false)
                : await weChat.ScanQrCodeAsync(ticket, openId, context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            await AnswerAsync(context, StatusCodes.Status409Conflict, new JsonObject
            {
                ["error"] = $"{ex.Message} White-list the openid (card/testwhitelist/set) or approve the card (POST {Prefix}/wechat/cards/{{card_id}}/approve).",
            }).ConfigureAwait(false);
            return;
        }

        await AnswerAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["card_id"] = member.CardId,
            ["user_card_code"] = member.Code,
            ["openid"] = member.OpenId,
            ["delivered_to"] = weChatOptions.CallbackUrl?.ToString(),
            ["status"] = push.CallbackStatus,
            ["answer"] = push.CallbackResponse,
        }).ConfigureAwait(false);
    }

    /// <summary>Approves a card (review passed), pushing <c>card_pass_check</c> to the callback when one is configured.</summary>
    private async Task ApproveAsync(HttpContext context)
    {
        var cardId = (string)context.Request.RouteValues["cardId"]!;
        if (!weChat.CardIds.Contains(cardId, StringComparer.Ordinal))
        {
            await AnswerAsync(context, StatusCodes.Status404NotFound, new JsonObject { ["error"] = $"no WeChat card '{cardId}' was created (card/create)" }).ConfigureAwait(false);
            return;
        }

        var push = await weChat.ApproveCardAsync(cardId, context.RequestAborted).ConfigureAwait(false);
        await AnswerAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["card_id"] = cardId,
            ["delivered_to"] = weChatOptions.CallbackUrl?.ToString(),
            ["status"] = push.CallbackStatus,
            ["answer"] = push.CallbackResponse,
        }).ConfigureAwait(false);
    }

    private async Task WeChatPayNotificationAsync(HttpContext context)
    {
        if (callbacks.WeChatPay is null)
        {
            await NoCallbackAsync(context, "wechatpay").ConfigureAwait(false);
            return;
        }

        var eventType = (string)context.Request.RouteValues["eventType"]!;
        var code = Query(context, "code");
        if (string.IsNullOrEmpty(code) || weChatPay.GetUserCard(code) is null)
        {
            await AnswerAsync(context, StatusCodes.Status404NotFound, new JsonObject { ["error"] = $"no user card '{code}' is stored; seed one with PUT {Prefix}/wechatpay/user-cards/{{code}} or --seed-user-card" }).ConfigureAwait(false);
            return;
        }

        // event_type is an open set; the point events of every generation end the same way, and carry their own
        // original_type (point_coupon, sync_user_point), as WeChat Pay sends them. A brand merchant's are brand-signed.
        var signing = callbacks.WeChatPayBrand ? WeChatPayResponseSigning.Brand : WeChatPayResponseSigning.PublicKey;
        var notification = eventType switch
        {
            _ when eventType.EndsWith(".POINT_EXCHANGE_COUPON", StringComparison.Ordinal) => weChatPay.CreatePointExchangeCouponNotification(
                eventType,
                code,
                Query(context, "record_id") is { Length: > 0 } recordId ? recordId : "R" + Guid.CreateVersion7().ToString("N"),
                long.TryParse(Query(context, "points"), NumberStyles.None, CultureInfo.InvariantCulture, out var points) ? points : 100,
                signing),
            _ when eventType.EndsWith(".SYNC_USER_POINT", StringComparison.Ordinal) => weChatPay.CreateSyncUserPointNotification(eventType, code, signing),
            _ => weChatPay.CreateNotification(eventType, code, signing),
        };
        var status = await WeChatPayEmulator.SendNotificationAsync(callbacks.WeChatPay, notification, context.RequestAborted).ConfigureAwait(false);
        await AnswerAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["delivered_to"] = callbacks.WeChatPay.ToString(),
            ["id"] = notification.Id,
            ["status"] = status,
        }).ConfigureAwait(false);
    }

    private Task SeedUserCardAsync(HttpContext context)
    {
        var code = (string)context.Request.RouteValues["code"]!;
        SeedUserCard(code, Query(context, "card_id"));
        var card = weChatPay.GetUserCard(code)!;
        return AnswerAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["user_card_code"] = code,
            ["brand_id"] = (string?)card["brand_id"],
            ["card_id"] = (string?)card["card_id"],
            ["openid"] = (string?)card["openid"],
        });
    }

    private async Task YouzanPushAsync(HttpContext context)
    {
        if (callbacks.Youzan is null)
        {
            await NoCallbackAsync(context, "youzan").ConfigureAwait(false);
            return;
        }

        var type = (string)context.Request.RouteValues["type"]!;
        using var youzan = new YouzanPushEmulator(callbacks.YouzanClientId, callbacks.YouzanClientSecret);
        var now = clock.GetUtcNow();
        var status = Query(context, "status");
        YouzanPushDelivery delivery = type switch
        {
            YouzanConstants.ScrmCardType => youzan.CardPush(Query(context, "card_alias") ?? "emulator-card", status ?? "CARD_CREATED", now),
            YouzanConstants.ScrmCustomerCardType => youzan.CustomerCardPush(Query(context, "card_no") ?? "emulator-card-no", Query(context, "card_alias") ?? "emulator-card", status ?? "CUSTOMER_CARD_TAKEN", Query(context, "mobile"), 0, 0, now),
            "test" => YouzanPushEmulator.HealthCheck(),
            _ => throw new BadHttpRequestException($"type must be SCRM_CARD, SCRM_CUSTOMER_CARD or test, not '{type}'"),
        };
        var answer = await youzan.SendAsync(callbacks.Youzan, delivery, context.RequestAborted).ConfigureAwait(false);
        await AnswerAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["delivered_to"] = callbacks.Youzan.ToString(),
            ["status"] = answer.StatusCode,
            ["answer"] = answer.Body,
            ["acknowledged"] = answer.Acknowledged,
        }).ConfigureAwait(false);
    }

    private static Task RequestsAsync(HttpContext context, EmulatorHost host)
    {
        var log = new JsonArray();
        foreach (var request in host.Requests)
        {
            if (!request.Path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                log.Add((JsonNode)new JsonObject { ["method"] = request.Method, ["target"] = request.PathAndQuery, ["bytes"] = request.Body.Length });
            }
        }

        return AnswerAsync(context, StatusCodes.Status200OK, new JsonObject { ["requests"] = log });
    }
}
