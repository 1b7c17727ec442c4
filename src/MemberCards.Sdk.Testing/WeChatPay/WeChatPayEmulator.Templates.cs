namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's card template routes.</summary>
public sealed partial class WeChatPayEmulator
{
    private void MapTemplateRoutes(IEndpointRouteBuilder app)
    {
        foreach (var family in (string[])[WeChatPayConstants.PartnerPrefix, WeChatPayConstants.BrandPrefix])
        {
            app.MapMethods(family + WeChatPayConstants.CardTemplatesPath, ["POST"], (RequestDelegate)CreateTemplateAsync);
            app.MapMethods(family + WeChatPayConstants.CardTemplatesPath, ["GET"], (RequestDelegate)ListTemplatesAsync);
            app.MapMethods(family + WeChatPayConstants.CardTemplatePath, ["GET"], ReadOwned(FindTemplateAsync));
            app.MapMethods(family + WeChatPayConstants.CardTemplatePath, ["PATCH"], (RequestDelegate)UpdateTemplateAsync);
            app.MapMethods(family + WeChatPayConstants.InvalidateCardTemplatePath, ["POST"], (RequestDelegate)InvalidateTemplateAsync);
        }

        // The brand-direct family documents create, get, list, update and invalidate: no delete.
        app.MapMethods(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.CardTemplatePath, ["DELETE"], (RequestDelegate)DeleteTemplateAsync);
    }

    /// <summary>Stores a card template as if it had been created (<c>card_id</c>, <c>state</c> and times are filled in).</summary>
    /// <param name="template">The template's fields; <c>brand_id</c> names its brand (the emulator's brand is <c>1004</c>).</param>
    /// <returns>The new template's <c>card_id</c>.</returns>
    public string AddCardTemplate(JsonObject template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var id = "pEmu" + Interlocked.Increment(ref templateCounter).ToString("D8", CultureInfo.InvariantCulture);
        AddOwned(templates, template, "card_id", id, "state", "CARD_EFFECTIVE");
        return id;
    }

    /// <summary>A stored card template, or <see langword="null"/>.</summary>
    /// <param name="cardId">The template's <c>card_id</c>.</param>
    /// <returns>A copy of the template.</returns>
    public JsonObject? GetCardTemplate(string cardId) => templates.TryGetValue(cardId, out var template) ? (JsonObject)template.DeepClone() : null;

    /// <summary>
    /// <c>POST /cards</c>. Both families require <c>out_request_no</c> (1 to 128 characters of <c>[0-9A-Za-z_-]</c>,
    /// <see cref="OutRequestNumberProblem"/>). The brand-direct create checks every other field B4015582711 requires,
    /// with its length (<c>card_color</c> <c>#RRGGBB</c>, <c>code_jump_information</c> for <c>JUMP_MINI_PROGRAM</c>);
    /// the partner create needs <c>brand_id</c> and <c>card_title</c> too. Both accept only a <c>NORMAL</c>
    /// <c>card_type</c> (PURCHASE and BALANCE are not live). A second create with an <c>out_request_no</c> the brand
    /// already used answers the template the first one created (what WeChat Pay answers is not documented).
    /// </summary>
    private async Task CreateTemplateAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json)
        {
            return;
        }

        if (IsBrandDirect(context))
        {
            if (!await RequireAsync(context, json, ("out_request_no", 128), ("appid", 32), ("card_type", 0), ("card_title", 10), ("card_color", 7), ("card_picture_url", 256), ("code_mode", 0), ("code_type", 0), ("benefits", 32), ("notify_url", 256), ("valid_date_information", 0)).ConfigureAwait(false))
            {
                return;
            }

            var problem = OutRequestNumberProblem(json)
                ?? ((string?)json["card_color"] is not { Length: 7 } color || color[0] != '#' || !color[1..].All(char.IsAsciiHexDigit) ? "card_color 格式错误: card_color must be #RRGGBB"
                : (string?)json["code_type"] == "JUMP_MINI_PROGRAM" && json["code_jump_information"] is null ? "code_jump_information 不能为空: required when code_type is JUMP_MINI_PROGRAM"
                : null);
            if (problem is not null)
            {
                await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, problem).ConfigureAwait(false);
                return;
            }
        }
        else
        {
            if (!await RequireAsync(context, json, ("out_request_no", 128)).ConfigureAwait(false))
            {
                return;
            }

            var problem = OutRequestNumberProblem(json) ?? (json["brand_id"] is null || json["card_title"] is null ? "brand_id and card_title are required" : null);
            if (problem is not null)
            {
                await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, problem).ConfigureAwait(false);
                return;
            }
        }

        if (json["card_type"] is { } cardType && (string?)cardType != "NORMAL")
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, $"card_type 暂不支持: only NORMAL cards can be created, got {cardType.ToJsonString()}").ConfigureAwait(false);
            return;
        }

        JsonObject created;
        lock (gate)
        {
            var key = (string?)json["out_request_no"];
            created = templates.Values.FirstOrDefault(t => (string?)t["brand_id"] == (string?)json["brand_id"] && (string?)t["out_request_no"] == key) ?? json;
            if (ReferenceEquals(created, json))
            {
                AddCardTemplate(json);
            }
        }

        await ResourceAsync(context, created).ConfigureAwait(false);
    }

    /// <summary>
    /// The format fault of a create's <c>out_request_no</c> (present and at most 128 characters, as checked before), or
    /// <see langword="null"/>: it may hold only <c>[0-9A-Za-z_-]</c>.
    /// </summary>
    private static string? OutRequestNumberProblem(JsonObject json)
        => json["out_request_no"] is JsonValue value && value.TryGetValue<string>(out var key) && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? null
            : "out_request_no 格式错误: a string of only 0-9, A-Z, a-z, '_' and '-'";

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

        var state = query["state"].ToString();
        var matching = templates.Values.Where(t => (string?)t["brand_id"] == query["brand_id"] && (state.Length == 0 || (string?)t["state"] == state)).OrderBy(t => (string?)t["card_id"], StringComparer.Ordinal).ToList();
        var data = new JsonArray([.. matching.Skip(offset).Take(limit).Select(t => t.DeepClone())]);
        await AnswerAsync(context, 200, new JsonObject { ["total_count"] = matching.Count, ["offset"] = offset, ["limit"] = limit, ["data"] = data }).ConfigureAwait(false);
    }

    private async Task UpdateTemplateAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json)
        {
            return;
        }

        if (await FindTemplateAsync(context, (string?)json["brand_id"]).ConfigureAwait(false) is not { } template)
        {
            return;
        }

        await AnswerAsync(context, 200, Change(template, t =>
        {
            foreach (var (name, value) in json)
            {
                // What the create set for good (its id, brand, key, state and creation time) an update does not change.
                if (name is not ("card_id" or "brand_id" or "out_request_no" or "state" or "create_time") && value is not null)
                {
                    t[name] = value.DeepClone();
                }
            }
        })).ConfigureAwait(false);
    }

    private async Task DeleteTemplateAsync(HttpContext context)
    {
        if (await QueriedOwnedAsync(context, FindTemplateAsync).ConfigureAwait(false) is not { } template)
        {
            return;
        }

        templates.TryRemove((string)template["card_id"]!, out _);
        await AnswerAsync(context, 204, null).ConfigureAwait(false);
    }

    /// <summary><c>POST /cards/{card_id}/invalidate</c>: irreversible; an invalid template stays readable and gives out no more cards.</summary>
    /// <remarks>
    /// The partner call names its brand in the body; the brand-direct one has no body at all (B4015582724, seen only
    /// through SEN): a brand-direct request with a body is refused, and its brand comes from the Authorization.
    /// </remarks>
    private async Task InvalidateTemplateAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        string? brandId;
        if (IsBrandDirect(context))
        {
            if (body.Length > 0)
            {
                await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "the brand-direct invalidate of a card template has no body").ConfigureAwait(false);
                return;
            }

            brandId = context.Request.Query["brand_id"];
        }
        else if (await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json || !await RequireAsync(context, json, ("brand_id", 32)).ConfigureAwait(false))
        {
            return;
        }
        else
        {
            brandId = (string?)json["brand_id"];
        }

        if (await FindTemplateAsync(context, brandId).ConfigureAwait(false) is not { } template)
        {
            return;
        }

        await AnswerAsync(context, 200, Change(template, t => t["state"] = "CARD_INVALID")).ConfigureAwait(false);
    }

    /// <summary>The template named by the path, if it is <paramref name="brandId"/>'s; otherwise <see langword="null"/>, answered 404.</summary>
    private Task<JsonObject?> FindTemplateAsync(HttpContext context, string? brandId) => FindOwnedAsync(context, templates, "card_id", brandId, "会员卡模板不存在");
}
