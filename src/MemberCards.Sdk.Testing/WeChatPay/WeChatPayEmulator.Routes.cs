using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's routes: certificates and user cards.</summary>
public sealed partial class WeChatPayEmulator
{
    private static readonly string[] UserCardFields = ["card_color", "card_picture_url", "phone_number", "level", "valid_date_information", "pickup_time", "user_information", "attach"];

    internal void MapRoutes(IEndpointRouteBuilder app)
    {
        app.MapMethods(WeChatPayConstants.CertificatesPath, ["GET"], (RequestDelegate)CertificatesAsync);
        foreach (var family in (string[])[WeChatPayConstants.PartnerPrefix, WeChatPayConstants.BrandPrefix])
        {
            // Both families run the same handlers: a brand-direct request gets its brand from the Authorization (WithBrandOfAuthorizationAsync).
            app.MapMethods(family + WeChatPayConstants.UserCardsPath, ["GET"], (RequestDelegate)ListUserCardsAsync);
            app.MapMethods(family + WeChatPayConstants.UserCardPath, ["GET"], (RequestDelegate)GetUserCardAsync);
            app.MapMethods(family + WeChatPayConstants.UserCardPath, ["PATCH"], (RequestDelegate)UpdateUserCardAsync);
            app.MapMethods(family + WeChatPayConstants.ConfirmUserCardPath, ["POST"], (RequestDelegate)ConfirmUserCardAsync);
            app.MapMethods(family + WeChatPayConstants.InvalidateUserCardPath, ["POST"], (RequestDelegate)InvalidateUserCardAsync);
            app.MapMethods(family + WeChatPayConstants.ImportUserCardByOpenIdPath, ["POST"], (RequestDelegate)ImportByOpenIdAsync);
            app.MapMethods(family + WeChatPayConstants.UserFeedsPath, ["POST"], (RequestDelegate)UserFeedAsync);
            app.MapMethods(family + WeChatPayConstants.PreAuthTokensPath, ["POST"], (RequestDelegate)PreAuthTokenAsync);
            app.MapMethods(family + WeChatPayConstants.SyncUserPointsPath, ["POST"], (RequestDelegate)SyncPointsAsync);
            app.MapMethods(family + WeChatPayConstants.ConfirmPointExchangePath, ["POST"], (RequestDelegate)ConfirmExchangeAsync);
        }

        MapTemplateRoutes(app);
        MapImportRoutes(app);
        MapTokenRoutes(app);
        MapPointRoutes(app);
        MapActivityRoutes(app);
        MapMediaRoutes(app);
    }

    /// <summary><c>POST /user-feeds</c> (show a member feed): checks the fields (<c>cell</c>, not <c>cell_message</c>), records the body and echoes it.</summary>
    private async Task UserFeedAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json
            || !await RequireAsync(context, json, ("brand_id", 32), ("card_id", 32), ("user_card_code", 32), ("openid", 128), ("out_request_no", 64), ("cell", 128)).ConfigureAwait(false))
        {
            return;
        }

        userFeeds.Enqueue(Encoding.UTF8.GetString(body));
        await AnswerAsync(context, 200, json).ConfigureAwait(false);
    }

    private async Task CertificatesAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        Interlocked.Increment(ref certificateDownloads);
        if (!ServeCertificates)
        {
            await ErrorAsync(context, 404, WeChatPayConstants.ResourceNotExistsCode, "无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥。").ConfigureAwait(false);
            return;
        }

        var key = Encoding.UTF8.GetBytes(ApiV3Key);
        var data = new JsonArray();
        foreach (var platform in PlatformKeys)
        {
            var nonce = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 12);
            data.Add((JsonNode)new JsonObject
            {
                ["serial_no"] = platform.SerialNumber,
                ["effective_time"] = Rfc3339(platform.Certificate.NotBefore.ToUniversalTime()),
                ["expire_time"] = Rfc3339(platform.Certificate.NotAfter.ToUniversalTime()),
                ["encrypt_certificate"] = new JsonObject
                {
                    ["algorithm"] = "AEAD_AES_256_GCM",
                    ["nonce"] = nonce,
                    ["associated_data"] = "certificate",
                    ["ciphertext"] = AesGcmCipher.Encrypt(key, nonce, "certificate", platform.CertificatePem),
                },
            });
        }

        await AnswerAsync(context, 200, new JsonObject { ["data"] = data }).ConfigureAwait(false);
    }

    private async Task GetUserCardAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        var query = context.Request.Query;
        if (string.IsNullOrEmpty(query["brand_id"]) || string.IsNullOrEmpty(query["card_id"]) || string.IsNullOrEmpty(query["openid"]))
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "brand_id, card_id and openid are required").ConfigureAwait(false);
            return;
        }

        var card = FindCard(context, query["card_id"].ToString(), query["openid"].ToString());
        if (card is null)
        {
            await ErrorAsync(context, 404, WeChatPayConstants.ResourceNotExistsCode, "会员卡不存在").ConfigureAwait(false);
            return;
        }

        await CardAsync(context, card).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>PATCH /user-cards/{code}?card_id=</c>. The official page (B4015582719) puts <c>card_id</c> in the query; SEN sends
    /// it in the body. The emulator plays the page: a <c>card_id</c> in the body, or none in the query, is refused with
    /// an error that says where it goes.
    /// </summary>
    private async Task UpdateUserCardAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json || !await DecryptRequestFieldsAsync(context, json).ConfigureAwait(false))
        {
            return;
        }

        if (json.ContainsKey("card_id") || string.IsNullOrEmpty(context.Request.Query["card_id"]))
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "card_id 参数位置错误: card_id goes in the query string (?card_id=), not the body, of PATCH /user-cards/{user_card_code} (B4015582719)").ConfigureAwait(false);
            return;
        }

        var card = FindCard(context, context.Request.Query["card_id"].ToString(), (string?)json["openid"]);
        if (card is null || (string?)json["brand_id"] != (string?)card["brand_id"])
        {
            await ErrorAsync(context, 404, WeChatPayConstants.ResourceNotExistsCode, "会员卡不存在").ConfigureAwait(false);
            return;
        }

        await CardAsync(context, Change(card, c => CopyCardFields(json, c))).ConfigureAwait(false);
    }

    private async Task ListUserCardsAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        var query = context.Request.Query;
        if (!TryReadPage(query, out var offset, out var limit) || string.IsNullOrEmpty(query["brand_id"]) || string.IsNullOrEmpty(query["openid"]))
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "brand_id, openid, offset and limit (1-20) are required").ConfigureAwait(false);
            return;
        }

        var state = query["user_card_state"].ToString();
        var matching = cards.Values
            .Where(c => (string?)c["brand_id"] == query["brand_id"] && (string?)c["openid"] == query["openid"] && (state.Length == 0 || (string?)c["user_card_state"] == state))
            .OrderBy(c => (string?)c["user_card_code"], StringComparer.Ordinal)
            .ToList();
        var data = new JsonArray();
        foreach (var card in matching.Skip(offset).Take(limit))
        {
            var copy = (JsonObject)card.DeepClone();
            WeChatPaySensitiveJson.Encrypt(copy, MerchantKey.Rsa);
            data.Add((JsonNode)copy);
        }

        await AnswerAsync(context, 200, new JsonObject { ["total_count"] = matching.Count, ["offset"] = offset, ["limit"] = limit, ["data"] = data }).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>POST /user-cards/{code}/confirm</c>. The official page (P4015336979; the brand-direct page has the same body
    /// minus <c>brand_id</c>) puts <c>card_id</c> in the body; Y and SKIT send <c>?card_id=</c>. The emulator plays the
    /// page: a <c>card_id</c> in the query is refused with an error that says where it goes.
    /// </summary>
    private async Task ConfirmUserCardAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json || !await DecryptRequestFieldsAsync(context, json).ConfigureAwait(false))
        {
            return;
        }

        if (context.Request.Query.ContainsKey("card_id"))
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "card_id 参数位置错误: card_id goes in the body, not the query string, of POST /user-cards/{user_card_code}/confirm (P4015336979)").ConfigureAwait(false);
            return;
        }

        var state = (string?)json["user_card_confirm_state"];
        if (json["brand_id"] is null || json["card_id"] is null || json["openid"] is null || state is null)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "brand_id, card_id, openid and user_card_confirm_state are required").ConfigureAwait(false);
            return;
        }

        // The partner page (P4015336979) takes CREATE_CARD_SUCCESS or CREATE_CARD_FAIL; CREATE_CARD_ALREADY_EXISTS is the brand-direct call's.
        var brandDirect = IsBrandDirect(context);
        if (!WireEnum.TryParse<UserCardConfirmState>(state, out var confirmed) || (confirmed == UserCardConfirmState.CreateCardAlreadyExists && !brandDirect))
        {
            var accepted = brandDirect ? "CREATE_CARD_SUCCESS, CREATE_CARD_FAIL or CREATE_CARD_ALREADY_EXISTS" : "CREATE_CARD_SUCCESS or CREATE_CARD_FAIL";
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, $"user_card_confirm_state 取值错误: must be {accepted}, got '{state}'").ConfigureAwait(false);
            return;
        }

        var code = context.Request.RouteValues["user_card_code"]!.ToString()!;
        var now = Rfc3339(options.TimeProvider.GetUtcNow());
        var card = cards.GetOrAdd(code, _ => NewCard(code, json, now));
        lock (card)
        {
            CopyCardFields(json, card);
            card["user_card_state"] = confirmed == UserCardConfirmState.CreateCardFail ? "INVALID" : "EFFECTIVE";
            card["modify_time"] = now;
        }

        await CardAsync(context, card).ConfigureAwait(false);
    }

    /// <summary>A new NORMAL, permanent card for <paramref name="code"/>, of the template and user the request names, picked up and created now.</summary>
    private static JsonObject NewCard(string code, JsonObject json, string now) => new()
    {
        ["user_card_code"] = code,
        ["card_id"] = (string?)json["card_id"],
        ["openid"] = (string?)json["openid"],
        ["brand_id"] = (string?)json["brand_id"],
        ["card_type"] = "NORMAL",
        ["valid_date_information"] = new JsonObject { ["type"] = "PERMANENT" },
        ["pickup_time"] = now,
        ["create_time"] = now,
    };

    /// <summary>Copies the card content a request sets onto <paramref name="card"/>.</summary>
    private static void CopyCardFields(JsonObject json, JsonObject card)
    {
        foreach (var field in UserCardFields)
        {
            if (json[field] is { } value)
            {
                card[field] = value.DeepClone();
            }
        }
    }

    /// <summary>
    /// <c>POST /user-cards/{code}/invalidate</c>. The partner page (P4015336983) puts <c>brand_id</c> and <c>card_id</c> in the
    /// query and <c>openid</c>, <c>invalid_reason</c> in the body; the brand-direct page (B4015582726) has no query and puts
    /// <c>card_id</c> in the body. The emulator plays each page: a <c>brand_id</c> or <c>card_id</c> in the other place is
    /// refused with an error that names the field and says where it goes.
    /// </summary>
    private async Task InvalidateUserCardAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        if (body is null || await ReadJsonObjectAsync(context, body).ConfigureAwait(false) is not { } json)
        {
            return;
        }

        var query = context.Request.Query;
        string? brandId, cardId;
        if (IsBrandDirect(context))
        {
            if (query.ContainsKey("card_id"))
            {
                await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "card_id 参数位置错误: card_id goes in the body, not the query string, of POST /brand/card-member/user-cards/{user_card_code}/invalidate (B4015582726)").ConfigureAwait(false);
                return;
            }

            // The brand was added to the body from the Authorization (WithBrandOfAuthorizationAsync).
            if (!await RequireAsync(context, json, ("card_id", 32), ("openid", 128)).ConfigureAwait(false))
            {
                return;
            }

            (brandId, cardId) = ((string?)json["brand_id"], (string?)json["card_id"]);
        }
        else
        {
            foreach (var field in (string[])["card_id", "brand_id"])
            {
                if (json.ContainsKey(field))
                {
                    await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, $"{field} 参数位置错误: {field} goes in the query string (?{field}=), not the body, of POST /v3/brand/partner/card-member/user-cards/{{user_card_code}}/invalidate (P4015336983)").ConfigureAwait(false);
                    return;
                }

                if (string.IsNullOrEmpty(query[field]))
                {
                    await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, $"{field} 不能为空: {field} is required in the query string").ConfigureAwait(false);
                    return;
                }
            }

            if (!await RequireAsync(context, json, ("openid", 128)).ConfigureAwait(false))
            {
                return;
            }

            (brandId, cardId) = (query["brand_id"].ToString(), query["card_id"].ToString());
        }

        var card = FindCard(context, cardId, (string?)json["openid"]);
        if (card is null || (string?)card["brand_id"] != brandId)
        {
            await ErrorAsync(context, 404, WeChatPayConstants.ResourceNotExistsCode, "会员卡不存在").ConfigureAwait(false);
            return;
        }

        await CardAsync(context, Change(card, c =>
        {
            c["user_card_state"] = "INVALID";
            c["invalid_reason"] = (string?)json["invalid_reason"];
            c["invalid_time"] = Rfc3339(options.TimeProvider.GetUtcNow());
        })).ConfigureAwait(false);
    }

    private JsonObject? FindCard(HttpContext context, string? cardId, string? openId)
    {
        var code = context.Request.RouteValues["user_card_code"]?.ToString();
        return code is not null && cards.TryGetValue(code, out var card) && (string?)card["card_id"] == cardId && (string?)card["openid"] == openId ? card : null;
    }
}
