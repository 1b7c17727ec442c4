namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's points routes: balance sync (absolute) and the answer to a points-for-coupon exchange.</summary>
public sealed partial class WeChatPayEmulator
{
    private readonly ConcurrentDictionary<string, long> pointBalances = new(StringComparer.Ordinal);

    /// <summary>The last points balance synced for a user card, or <see langword="null"/> when none was.</summary>
    /// <param name="userCardCode">The code.</param>
    /// <returns>The balance.</returns>
    public long? GetPointBalance(string userCardCode) => pointBalances.TryGetValue(userCardCode, out var balance) ? balance : null;

    private void MapPointRoutes(IEndpointRouteBuilder app)
    {
    }

    private async Task SyncPointsAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json
            || !await RequireAsync(context, json, ("out_request_no", 128), ("brand_id", 16), ("card_id", 32), ("openid", 128), ("user_card_code", 32), ("point_balance", 0)).ConfigureAwait(false))
        {
            return;
        }

        if (json["point_balance"] is not JsonValue value || !value.TryGetValue<long>(out var balance) || balance < 0)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "point_balance 必须是非负整数: point_balance must be a whole number, not negative").ConfigureAwait(false);
            return;
        }

        pointBalances[(string)json["user_card_code"]!] = balance;
        await AnswerAsync(context, 200, json).ConfigureAwait(false);
    }

    private async Task ConfirmExchangeAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json
            || !await RequireAsync(context, json, ("record_id", 64), ("exchange_coupon_template_id", 32), ("brand_id", 16), ("card_id", 32), ("openid", 128), ("user_card_code", 32), ("result", 0)).ConfigureAwait(false))
        {
            return;
        }

        var result = (string?)json["result"];
        if (result is not ("POINT_EXCHANGE_COUPON_ALLOW" or "POINT_EXCHANGE_COUPON_REJECT"))
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "result 无效: result must be POINT_EXCHANGE_COUPON_ALLOW or POINT_EXCHANGE_COUPON_REJECT").ConfigureAwait(false);
            return;
        }

        var allowed = result == "POINT_EXCHANGE_COUPON_ALLOW";
        if (!allowed && !await RequireAsync(context, json, ("reject_reason", 32)).ConfigureAwait(false))
        {
            return;
        }

        var answer = (JsonObject)json.DeepClone();
        answer["state"] = allowed ? "POINT_EXCHANGE_COUPON_SUCCESS" : "POINT_EXCHANGE_COUPON_FAIL";
        if (allowed)
        {
            answer["product_coupon_id"] = "1000000013";
            answer["product_coupon_stock_type"] = "NORMAL";
            answer["stock_id"] = "98065001";
            answer["coupon_code"] = "EMU" + (string)json["record_id"]!;
        }

        await AnswerAsync(context, 200, answer).ConfigureAwait(false);
    }
}
