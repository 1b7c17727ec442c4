namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's import routes: by openid (live) and by phone (documented, not live unless <see cref="ImportByPhoneLive"/>).</summary>
public sealed partial class WeChatPayEmulator
{
    /// <summary>
    /// Whether <c>POST /user-cards/import-by-phone</c> works. <see langword="false"/> by default, as on WeChat Pay today
    /// (the call is documented but not live): it is then answered 403 <c>NO_AUTH</c> after authentication.
    /// </summary>
    public bool ImportByPhoneLive { get; set; }

    private void MapImportRoutes(IEndpointRouteBuilder app)
    {
        app.MapMethods(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.ImportUserCardByPhonePath, ["POST"], (RequestDelegate)ImportByPhoneAsync);
    }

    private async Task ImportByOpenIdAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json
            || !await DecryptRequestFieldsAsync(context, json).ConfigureAwait(false)
            || !await RequireAsync(context, json, ("brand_id", 32), ("card_id", 32), ("openid", 128), ("user_card_code", 32)).ConfigureAwait(false))
        {
            return;
        }

        await ImportAsync(context, json).ConfigureAwait(false);
    }

    private async Task ImportByPhoneAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json)
        {
            return;
        }

        if (!ImportByPhoneLive)
        {
            await ErrorAsync(context, 403, "NO_AUTH", "接口暂未开放: import-by-phone is documented but not live").ConfigureAwait(false);
            return;
        }

        if (!await DecryptRequestFieldsAsync(context, json).ConfigureAwait(false)
            || !await RequireAsync(context, json, ("brand_id", 32), ("card_id", 32), ("phone_number", 0), ("user_card_code", 32)).ConfigureAwait(false))
        {
            return;
        }

        await ImportAsync(context, json).ConfigureAwait(false);
    }

    /// <summary>Creates the card, effective at once (an import has no confirm step); a code already held is refused.</summary>
    private async Task ImportAsync(HttpContext context, JsonObject json)
    {
        var code = (string)json["user_card_code"]!;
        var now = Rfc3339(options.TimeProvider.GetUtcNow());
        var card = NewCard(code, json, now);
        card["user_card_state"] = "EFFECTIVE";
        card["modify_time"] = now;
        CopyCardFields(json, card);

        if (!cards.TryAdd(code, card))
        {
            await ErrorAsync(context, 400, "RESOURCE_ALREADY_EXISTS", "会员卡已存在: the user card exists; update it instead").ConfigureAwait(false);
            return;
        }

        await CardAsync(context, card).ConfigureAwait(false);
    }
}
