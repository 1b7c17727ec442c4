using System.Collections.Frozen;

namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's card template routes.</summary>
public sealed partial class WeChatPayEmulator
{
    /// <summary>
    /// The fields a template create requires in both families, with their maximum lengths (0: present, any length):
    /// the partner page's list (§1 row 1), which is the brand-direct page's plus <c>brand_id</c>; a brand-direct request's
    /// <c>brand_id</c> is added from its Authorization before this check.
    /// </summary>
    private static readonly (string Name, int MaxLength)[] TemplateCreateFields =
    [
        ("out_request_no", 128), ("brand_id", 32), ("appid", 32), ("card_type", 0), ("card_title", 10), ("card_color", 7), ("card_picture_url", 256),
        ("code_mode", 0), ("code_type", 0), ("benefits", 32), ("notify_url", 256), ("valid_date_information", 0),
    ];

    /// <summary>
    /// The fields a template PATCH may carry: the body model's own (<see cref="UpdateCardTemplateRequest"/>, §1 row 4), so the
    /// SDK and the emulator agree by construction. <c>appid</c>, <c>card_type</c>, <c>code_mode</c>, <c>code_type</c> and
    /// what WeChat Pay sets (<c>card_id</c>, <c>state</c>, times, <c>out_request_no</c>) are refused.
    /// </summary>
    private static readonly FrozenSet<string> PatchableTemplateFields = WeChatPayJson.For<UpdateCardTemplateRequest>().Properties.Where(p => p.Get is not null).Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);

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
    /// <c>POST /cards</c>. Both families require the same fields (§1 row 1, B4015582711), with their lengths:
    /// <c>out_request_no</c> (1 to 128 characters of <c>[0-9A-Za-z_-]</c>, <see cref="OutRequestNumberProblem"/>),
    /// <c>brand_id</c> (a brand-direct request's comes from its Authorization), <see cref="TemplateCreateFields"/>,
    /// <c>card_color</c> as <c>#RRGGBB</c> and <c>code_jump_information</c> for <c>JUMP_MINI_PROGRAM</c>. Both accept only a
    /// <c>NORMAL</c> <c>card_type</c> (PURCHASE and BALANCE are not live). A second create with an <c>out_request_no</c> the
    /// brand already used answers the template the first one created (what WeChat Pay answers is not documented).
    /// </summary>
    private async Task CreateTemplateAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json || !await RequireAsync(context, json, TemplateCreateFields).ConfigureAwait(false))
        {
            return;
        }

        var problem = OutRequestNumberProblem(json)
            ?? ((string?)json["card_color"] is not { } color || !RgbColor.IsValid(color) ? "card_color 格式错误: card_color must be #RRGGBB"
            : (string?)json["code_type"] == "JUMP_MINI_PROGRAM" && json["code_jump_information"] is null ? "code_jump_information 不能为空: required when code_type is JUMP_MINI_PROGRAM"
            : null);
        if (problem is not null)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, problem).ConfigureAwait(false);
            return;
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
        if (!TryReadPage(query, out var offset, out var limit))
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "offset and limit (1-20) are required").ConfigureAwait(false);
            return;
        }

        var state = query["state"].ToString();
        var matching = templates.Values.Where(t => (string?)t["brand_id"] == query["brand_id"] && (state.Length == 0 || (string?)t["state"] == state)).OrderBy(t => (string?)t["card_id"], StringComparer.Ordinal).ToList();
        var data = new JsonArray([.. matching.Skip(offset).Take(limit).Select(t => t.DeepClone())]);
        await AnswerAsync(context, 200, new JsonObject { ["total_count"] = matching.Count, ["offset"] = offset, ["limit"] = limit, ["data"] = data }).ConfigureAwait(false);
    }

    /// <summary><c>PATCH /cards/{card_id}</c>: a body field outside <see cref="PatchableTemplateFields"/> is refused (400 <c>PARAM_ERROR</c>) and nothing changes.</summary>
    private async Task UpdateTemplateAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json)
        {
            return;
        }

        if (json.Select(p => p.Key).FirstOrDefault(name => !PatchableTemplateFields.Contains(name)) is { } fixedField)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, $"{fixedField} 不可修改: {fixedField} is not a field of PATCH /cards/{{card_id}}").ConfigureAwait(false);
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
                // The brand names the template; it is not changed.
                if (name != "brand_id" && value is not null)
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
