using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's card template routes.</summary>
public sealed partial class WeChatPayEmulator
{
    private void MapTemplateRoutes(IEndpointRouteBuilder app)
    {
        app.MapMethods(Family + "/cards", ["POST"], (RequestDelegate)CreateTemplateAsync);
        app.MapMethods(Family + "/cards", ["GET"], (RequestDelegate)ListTemplatesAsync);
        app.MapMethods(Family + "/cards/{cardId}", ["GET"], (RequestDelegate)GetTemplateAsync);
        app.MapMethods(Family + "/cards/{cardId}", ["PATCH"], (RequestDelegate)UpdateTemplateAsync);
        app.MapMethods(Family + "/cards/{cardId}", ["DELETE"], (RequestDelegate)DeleteTemplateAsync);
        app.MapMethods(Family + "/cards/{cardId}/invalidate", ["POST"], (RequestDelegate)InvalidateTemplateAsync);
    }

    private async Task CreateTemplateAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json)
        {
            return;
        }

        if (json["brand_id"] is null || json["card_title"] is null)
        {
            await ErrorAsync(context, 400, "PARAM_ERROR", "brand_id and card_title are required").ConfigureAwait(false);
            return;
        }

        var id = "pEmu" + Interlocked.Increment(ref templateCounter).ToString("D8", CultureInfo.InvariantCulture);
        var now = Rfc3339(options.TimeProvider.GetUtcNow());
        json["card_id"] = id;
        json["state"] = "CARD_EFFECTIVE";
        json["create_time"] = now;
        json["modify_time"] = now;
        templates[id] = json;
        await AnswerAsync(context, 200, json.DeepClone()).ConfigureAwait(false);
    }

    private async Task ListTemplatesAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        var query = context.Request.Query;
        _ = int.TryParse(query["offset"], CultureInfo.InvariantCulture, out var offset);
        if (!int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var limit))
        {
            limit = 20;
        }

        var matching = templates.Values.Where(t => (string?)t["brand_id"] == query["brand_id"]).OrderBy(t => (string?)t["card_id"], StringComparer.Ordinal).ToList();
        var data = new JsonArray([.. matching.Skip(offset).Take(limit).Select(t => t.DeepClone())]);
        await AnswerAsync(context, 200, new JsonObject { ["total_count"] = matching.Count, ["offset"] = offset, ["limit"] = limit, ["data"] = data }).ConfigureAwait(false);
    }

    private async Task GetTemplateAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        if (FindTemplate(context, context.Request.Query["brand_id"].ToString()) is not { } template)
        {
            await ErrorAsync(context, 404, "RESOURCE_NOT_EXISTS", "会员卡模板不存在").ConfigureAwait(false);
            return;
        }

        await AnswerAsync(context, 200, template.DeepClone()).ConfigureAwait(false);
    }

    private async Task UpdateTemplateAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json)
        {
            return;
        }

        if (FindTemplate(context, (string?)json["brand_id"]) is not { } template)
        {
            await ErrorAsync(context, 404, "RESOURCE_NOT_EXISTS", "会员卡模板不存在").ConfigureAwait(false);
            return;
        }

        lock (template)
        {
            foreach (var (name, value) in json)
            {
                if (name is not ("card_id" or "brand_id" or "state" or "create_time") && value is not null)
                {
                    template[name] = value.DeepClone();
                }
            }

            template["modify_time"] = Rfc3339(options.TimeProvider.GetUtcNow());
        }

        await AnswerAsync(context, 200, template.DeepClone()).ConfigureAwait(false);
    }

    private async Task DeleteTemplateAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        if (FindTemplate(context, context.Request.Query["brand_id"].ToString()) is not { } template)
        {
            await ErrorAsync(context, 404, "RESOURCE_NOT_EXISTS", "会员卡模板不存在").ConfigureAwait(false);
            return;
        }

        templates.TryRemove((string)template["card_id"]!, out _);
        await AnswerAsync(context, 204, null).ConfigureAwait(false);
    }

    /// <summary><c>POST /cards/{card_id}/invalidate</c>: irreversible; an invalid template stays readable and gives out no more cards.</summary>
    private async Task InvalidateTemplateAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json || !await RequireAsync(context, json, ("brand_id", 32)).ConfigureAwait(false))
        {
            return;
        }

        if (FindTemplate(context, (string?)json["brand_id"]) is not { } template)
        {
            await ErrorAsync(context, 404, "RESOURCE_NOT_EXISTS", "会员卡模板不存在").ConfigureAwait(false);
            return;
        }

        lock (template)
        {
            template["state"] = "CARD_INVALID";
            template["modify_time"] = Rfc3339(options.TimeProvider.GetUtcNow());
        }

        await AnswerAsync(context, 200, template.DeepClone()).ConfigureAwait(false);
    }

    private JsonObject? FindTemplate(HttpContext context, string? brandId)
    {
        var id = context.Request.RouteValues["cardId"]?.ToString();
        return id is not null && templates.TryGetValue(id, out var template) && (string?)template["brand_id"] == brandId ? template : null;
    }
}
