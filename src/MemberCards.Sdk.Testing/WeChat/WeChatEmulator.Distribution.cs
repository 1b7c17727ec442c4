using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <content>The distribution channels besides the QR code: card shelves (landing pages) and the article embed.</content>
public sealed partial class WeChatEmulator
{
    private const string LandingPagePath = "/emulator/landingpage/";
    private readonly Dictionary<long, StoredLandingPage> landingPages = [];
    private long lastPageId = 1000;

    /// <summary>The cards of the landing page <paramref name="pageId"/>, in shelf order, or <see langword="null"/> when there is no such page.</summary>
    /// <param name="pageId">The page_id card/landingpage/create answered.</param>
    /// <returns>The card ids.</returns>
    public IReadOnlyList<string>? LandingPageCards(long pageId)
    {
        lock (gate)
        {
            return landingPages.TryGetValue(pageId, out var page) ? page.CardIds : null;
        }
    }

    private void MapDistributionRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost(WeChatConstants.CreateLandingPagePath, (RequestDelegate)(ctx => JsonRouteAsync(ctx, (appId, root, raw) => CreateLandingPage(appId, root, BaseOf(ctx)))));
        app.MapPost(WeChatConstants.GetMpNewsHtmlPath, (RequestDelegate)(ctx => JsonRouteAsync(ctx, (appId, root, raw) => GetMpNewsHtml(appId, root, BaseOf(ctx)))));
        app.MapGet(LandingPagePath + "{pageId:long}", (RequestDelegate)ShowLandingPageAsync);
    }

    private static string BaseOf(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    private Reply CreateLandingPage(string appId, JsonElement root, string origin)
    {
        foreach (var field in new[] { "banner", "page_title", "scene" })
        {
            if (string.IsNullOrEmpty(Text(root, field)))
            {
                return Reply.Error(WeChatErrorCodes.MissingRequiredField, $"missing required fields hint: [{field}]");
            }
        }

        if (Text(root, "scene") is not ("SCENE_NEAR_BY" or "SCENE_MENU" or "SCENE_QRCODE" or "SCENE_ARTICLE" or "SCENE_H5" or "SCENE_IVR" or "SCENE_CARD_CUSTOM_CELL"))
        {
            return Reply.Error(40097, "invalid args hint: [scene]");
        }

        if (!root.TryGetProperty("card_list", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return Reply.Error(WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [card_list]");
        }

        var ids = new List<string>();
        foreach (var entry in list.EnumerateArray())
        {
            if (!TryCard(appId, Text(entry, "card_id"), out var card, out var error))
            {
                return error;
            }

            if (string.IsNullOrEmpty(Text(entry, "thumb_url")))
            {
                return Reply.Error(WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [thumb_url]");
            }

            ids.Add(card.CardId);
        }

        var pageId = ++lastPageId;
        landingPages[pageId] = new StoredLandingPage(appId, Text(root, "page_title")!, ids);
        var url = origin + LandingPagePath + pageId.ToString(CultureInfo.InvariantCulture);
        return Reply.Ok(w =>
        {
            w.WriteString("url", url);
            w.WriteNumber("page_id", pageId);
        });
    }

    /// <summary>
    /// card/mpnews/gethtml: refused for a card whose codes the merchant assigns (<c>use_custom_code</c> outside deposit
    /// mode), which cannot go out in a mass send. WeChat documents no errcode for it; the emulator answers 40072.
    /// </summary>
    private Reply GetMpNewsHtml(string appId, JsonElement root, string origin)
    {
        if (!TryCard(appId, Text(root, "card_id"), out var card, out var error))
        {
            return error;
        }

        if (card.AssignsOwnCodes)
        {
            return Reply.Error(WeChatErrorCodes.InvalidCodeType, "invalid code type hint: [a custom-code card must be deposited before it goes into an article]");
        }

        var content = $"<iframe class=\"card_iframe\" data-src=\"{origin}/emulator/card?card_id={Uri.EscapeDataString(card.CardId)}\" frameborder=\"0\"></iframe>";
        return Reply.Ok(w => w.WriteString("content", content));
    }

    private async Task ShowLandingPageAsync(HttpContext context)
    {
        StoredLandingPage? page = null;
        if (long.TryParse(context.Request.RouteValues["pageId"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pageId))
        {
            lock (gate)
            {
                page = landingPages.GetValueOrDefault(pageId);
            }
        }

        if (page is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(page.Title)).Append("</title></head><body><ul>");
        foreach (var cardId in page.CardIds)
        {
            html.Append("<li data-card-id=\"").Append(WebUtility.HtmlEncode(cardId)).Append("\">").Append(WebUtility.HtmlEncode(cardId)).Append("</li>");
        }

        html.Append("</ul></body></html>");
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.ToString()).ConfigureAwait(false);
    }

    private sealed record StoredLandingPage(string AppId, string Title, IReadOnlyList<string> CardIds);
}
