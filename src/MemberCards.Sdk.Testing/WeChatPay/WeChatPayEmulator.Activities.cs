namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's membership (join-gift) activity routes: create (idempotent on <c>out_request_no</c>), list, get, patch, terminate.</summary>
public sealed partial class WeChatPayEmulator
{
    private readonly ConcurrentDictionary<string, JsonObject> activities = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> activitiesByRequest = new(StringComparer.Ordinal);
    private int activityCounter;

    private void MapActivityRoutes(IEndpointRouteBuilder app)
    {
        app.MapMethods(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.MembershipActivitiesPath, ["POST"], (RequestDelegate)CreateActivityAsync);
        app.MapMethods(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.MembershipActivitiesPath, ["GET"], (RequestDelegate)ListActivitiesAsync);
        app.MapMethods(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.MembershipActivityPath, ["GET"], ReadOwned(FindActivityAsync));
        app.MapMethods(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.MembershipActivityPath, ["PATCH"], (RequestDelegate)UpdateActivityAsync);
        app.MapMethods(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.TerminateMembershipActivityPath, ["POST"], (RequestDelegate)TerminateActivityAsync);
    }

    private async Task CreateActivityAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json
            || !await RequireAsync(context, json, ("out_request_no", 128), ("brand_id", 32), ("card_id", 32), ("activity_channel", 0), ("title", 128), ("sub_title", 128), ("begin_time", 0), ("end_time", 0), ("apply_total", 0), ("product_coupon_stock_list", 0)).ConfigureAwait(false)
            || !await ActivityTimesAsync(context, json).ConfigureAwait(false))
        {
            return;
        }

        if ((string?)json["activity_channel"] != "MECHANT_APP_COMPONENT" || json["product_coupon_stock_list"] is not JsonArray { Count: > 0 } || json["apply_total"] is not JsonValue total || !total.TryGetValue<long>(out var applyTotal) || applyTotal < 1)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "activity_channel must be MECHANT_APP_COMPONENT, product_coupon_stock_list must not be empty and apply_total must be positive").ConfigureAwait(false);
            return;
        }

        // The same out_request_no answers the activity it created, whatever the body says now.
        var created = activitiesByRequest.GetOrAdd((string)json["out_request_no"]!, _ =>
        {
            var activity = (JsonObject)json.DeepClone();
            activity["apply_available"] = applyTotal;
            AddOwned(activities, activity, "activity_id", Interlocked.Increment(ref activityCounter).ToString("D6", CultureInfo.InvariantCulture), "activity_state", "MEMBERSHIP_ACTIVITY_CREATED");
            return activity;
        });
        await ResourceAsync(context, created).ConfigureAwait(false);
    }

    private async Task ListActivitiesAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        var query = context.Request.Query;
        if (!TryReadPage(query, out var offset, out var limit) || string.IsNullOrEmpty(query["brand_id"]))
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "brand_id, offset and limit (1-20) are required").ConfigureAwait(false);
            return;
        }

        var cardId = query["card_id"].ToString();
        var state = query["activity_state"].ToString();
        var matching = activities.Values
            .Where(a => (string?)a["brand_id"] == query["brand_id"] && (cardId.Length == 0 || (string?)a["card_id"] == cardId) && (state.Length == 0 || (string?)a["activity_state"] == state))
            .OrderBy(a => (string?)a["activity_id"], StringComparer.Ordinal)
            .ToList();
        var data = new JsonArray();
        foreach (var activity in matching.Skip(offset).Take(limit))
        {
            lock (activity)
            {
                data.Add(activity.DeepClone());
            }
        }

        await AnswerAsync(context, 200, new JsonObject { ["data"] = data, ["total_count"] = matching.Count, ["offset"] = offset, ["limit"] = limit }).ConfigureAwait(false);
    }

    private async Task UpdateActivityAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json
            || !await RequireAsync(context, json, ("brand_id", 32), ("title", 128), ("sub_title", 128), ("begin_time", 0), ("end_time", 0)).ConfigureAwait(false)
            || !await ActivityTimesAsync(context, json).ConfigureAwait(false)
            || await FindActivityAsync(context, (string?)json["brand_id"]).ConfigureAwait(false) is not { } activity)
        {
            return;
        }

        await AnswerAsync(context, 200, Change(activity, a =>
        {
            foreach (var field in (string[])["title", "sub_title", "begin_time", "end_time"])
            {
                a[field] = json[field]!.DeepClone();
            }
        })).ConfigureAwait(false);
    }

    private async Task TerminateActivityAsync(HttpContext context)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json
            || !await RequireAsync(context, json, ("brand_id", 32)).ConfigureAwait(false)
            || await FindActivityAsync(context, (string?)json["brand_id"]).ConfigureAwait(false) is not { } activity)
        {
            return;
        }

        await AnswerAsync(context, 200, Change(activity, a => a["activity_state"] = "MEMBERSHIP_ACTIVITY_TERMINATED")).ConfigureAwait(false);
    }

    /// <summary>The activity of the path under <paramref name="brandId"/>, or <see langword="null"/> after answering 404.</summary>
    private Task<JsonObject?> FindActivityAsync(HttpContext context, string? brandId) => FindOwnedAsync(context, activities, "activity_id", brandId, "活动不存在");

    /// <summary>begin_time and end_time are RFC 3339 times, the end after the beginning; otherwise answers 400.</summary>
    private async Task<bool> ActivityTimesAsync(HttpContext context, JsonObject json)
    {
        if (DateTimeOffset.TryParse((string?)json["begin_time"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var begin)
            && DateTimeOffset.TryParse((string?)json["end_time"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && end > begin)
        {
            return true;
        }

        await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "begin_time and end_time must be RFC 3339 times, end_time after begin_time").ConfigureAwait(false);
        return false;
    }
}
