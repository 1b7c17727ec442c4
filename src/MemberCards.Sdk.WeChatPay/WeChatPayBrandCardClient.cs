using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The <see cref="IWeChatPayBrandCardClient"/>: checks requests, encrypts and decrypts sensitive fields, serializes
/// bodies, and calls the Refit interface <see cref="IWeChatPayApi"/> over the merchant's pipeline (retry, signing,
/// verification, error mapping, telemetry).
/// </summary>
internal sealed class WeChatPayBrandCardClient(IWeChatPayApi api, WeChatPayMerchant merchant) : IWeChatPayBrandCardClient
{
    public async Task<UserCard> GetUserCardAsync(GetUserCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = Answer(await api.GetUserCardAsync(Required(request.UserCardCode, "user_card_code"), Required(request.BrandId, "brand_id"), Required(request.CardId, "card_id"), Required(request.OpenId, "openid"), cancellationToken).ConfigureAwait(false), "GetUserCard");
        return DecryptCard(card);
    }

    public async Task<UserCard> UpdateUserCardAsync(UpdateUserCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = Required(request.UserCardCode, "user_card_code");
        var cardId = Required(request.CardId, "card_id");
        (request, var serial) = await merchant.Cipher.SealAsync(request, cancellationToken).ConfigureAwait(false);

        var card = Answer(await api.UpdateUserCardAsync(code, cardId, Body(request, WeChatPayJson.UpdateUserCardRequest), serial, cancellationToken).ConfigureAwait(false), "UpdateUserCard");
        return DecryptCard(card);
    }

    public async Task<WeChatPayPage<UserCard>> ListUserCardsAsync(ListUserCardsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        InRange(request.Offset, 0, int.MaxValue, "offset");
        InRange(request.Limit, 1, 20, "limit");
        var state = request.UserCardState is { } value ? WireEnum.ToWire(value) : null;
        var page = Answer(await api.ListUserCardsAsync(Required(request.BrandId, "brand_id"), Required(request.OpenId, "openid"), state, request.Offset, request.Limit, cancellationToken).ConfigureAwait(false), "ListUserCards");
        return merchant.Cipher.Attach(page);
    }

    public async Task<UserCard> ConfirmUserCardAsync(ConfirmUserCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = Required(request.UserCardCode, "user_card_code");
        (request, var serial) = await merchant.Cipher.SealAsync(request, cancellationToken).ConfigureAwait(false);

        var card = Answer(await api.ConfirmUserCardAsync(code, Body(request, WeChatPayJson.ConfirmUserCardRequest), serial, cancellationToken).ConfigureAwait(false), "ConfirmUserCard");
        return DecryptCard(card);
    }

    public async Task<UserCard> InvalidateUserCardAsync(InvalidateUserCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = Answer(await api.InvalidateUserCardAsync(Required(request.UserCardCode, "user_card_code"), Body(request, WeChatPayJson.InvalidateUserCardRequest), cancellationToken).ConfigureAwait(false), "InvalidateUserCard");
        return DecryptCard(card);
    }

    public async Task<CardTemplate> CreateCardTemplateAsync(CardTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        Required(template.BrandId, "brand_id");
        return Answer(await api.CreateCardTemplateAsync(Body(template, WeChatPayJson.CardTemplate), cancellationToken).ConfigureAwait(false), "CreateCardTemplate");
    }

    public async Task<CardTemplate> GetCardTemplateAsync(GetCardTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Answer(await api.GetCardTemplateAsync(Required(request.CardId, "card_id"), Required(request.BrandId, "brand_id"), cancellationToken).ConfigureAwait(false), "GetCardTemplate");
    }

    public async Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync(ListCardTemplatesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        InRange(request.Offset, 0, int.MaxValue, "offset");
        InRange(request.Limit, 1, int.MaxValue, "limit");
        return Answer(await api.ListCardTemplatesAsync(Required(request.BrandId, "brand_id"), request.Offset, request.Limit, cancellationToken).ConfigureAwait(false), "ListCardTemplates");
    }

    public async Task<CardTemplate> UpdateCardTemplateAsync(UpdateCardTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cardId = Required(request.CardId, "card_id");
        var changes = request.Changes ?? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, nameof(request.Changes), "is required (the template's new values).");
        Required(changes.BrandId, "brand_id");
        return Answer(await api.UpdateCardTemplateAsync(cardId, Body(changes, WeChatPayJson.CardTemplate), cancellationToken).ConfigureAwait(false), "UpdateCardTemplate");
    }

    public Task DeleteCardTemplateAsync(DeleteCardTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return api.DeleteCardTemplateAsync(Required(request.CardId, "card_id"), Required(request.BrandId, "brand_id"), cancellationToken);
    }

    public async Task<CardTemplate> InvalidateCardTemplateAsync(InvalidateCardTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cardId = FieldRules.Required(request.CardId, "card_id", 32);
        FieldRules.Required(request.BrandId, "brand_id", 32);
        return Answer(await api.InvalidateCardTemplateAsync(cardId, Body(request, WeChatPayJson.InvalidateCardTemplateRequest), cancellationToken).ConfigureAwait(false), "InvalidateCardTemplate");
    }

    public async Task<UserCard> ImportUserCardByOpenIdAsync(ImportUserCardByOpenIdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckMember(request.BrandId, 32, request.CardId, request.OpenId, request.UserCardCode);
        CheckContent(request);
        (request, var serial) = await merchant.Cipher.SealAsync(request, cancellationToken).ConfigureAwait(false);

        var card = Answer(await api.ImportUserCardByOpenIdAsync(Body(request, WeChatPayJson.ImportUserCardByOpenIdRequest), serial, cancellationToken).ConfigureAwait(false), "ImportUserCardByOpenId");
        return DecryptCard(card);
    }

    public async Task<UserCard> ImportUserCardByPhoneAsync(ImportUserCardByPhoneRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.Required(request.BrandId, "brand_id", 32);
        FieldRules.Required(request.CardId, "card_id", 32);
        FieldRules.Required(request.UserCardCode, "user_card_code", 32);
        if (request.PhoneNumber is null)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "phone_number", "is required (the member is found by it).");
        }

        CheckContent(request);
        (request, var serial) = await merchant.Cipher.SealAsync(request, cancellationToken).ConfigureAwait(false);

        var card = Answer(await api.ImportUserCardByPhoneAsync(Body(request, WeChatPayJson.ImportUserCardByPhoneRequest), serial, cancellationToken).ConfigureAwait(false), "ImportUserCardByPhone");
        return DecryptCard(card);
    }

    public async Task<MemberToken> CreatePreAuthTokenAsync(CreateMemberTokenRequest request, CancellationToken cancellationToken = default)
    {
        CheckTokenRequest(request);
        return Answer(await api.CreatePreAuthTokenAsync(Body(request, WeChatPayJson.CreateMemberTokenRequest), cancellationToken).ConfigureAwait(false), "CreatePreAuthToken");
    }

    public async Task<MemberToken> CreatePayViewTokenAsync(CreateMemberTokenRequest request, CancellationToken cancellationToken = default)
    {
        CheckTokenRequest(request);
        return Answer(await api.CreatePayViewTokenAsync(Body(request, WeChatPayJson.CreateMemberTokenRequest), cancellationToken).ConfigureAwait(false), "CreatePayViewToken");
    }

    public async Task<UserFeed> CreateUserFeedAsync(CreateUserFeedRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckMember(request.BrandId, 32, request.CardId, request.OpenId, request.UserCardCode);
        FieldRules.Required(request.Cell, "cell", 128);
        request.OutRequestNo = OutRequestNumber.Ensure(request.OutRequestNo, 64);
        return Answer(await api.CreateUserFeedAsync(Body(request, WeChatPayJson.CreateUserFeedRequest), cancellationToken).ConfigureAwait(false), "CreateUserFeed");
    }

    public async Task<UserPointBalance> SyncUserPointsAsync(SyncUserPointsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckMember(request.BrandId, 16, request.CardId, request.OpenId, request.UserCardCode);
        FieldRules.InRange(request.PointBalance, 0, long.MaxValue, "point_balance");
        request.OutRequestNo = OutRequestNumber.Ensure(request.OutRequestNo, 128);
        return Answer(await api.SyncUserPointsAsync(Body(request, WeChatPayJson.SyncUserPointsRequest), cancellationToken).ConfigureAwait(false), "SyncUserPoints");
    }

    public async Task<PointExchangeConfirmation> ConfirmPointExchangeAsync(ConfirmPointExchangeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.Required(request.RecordId, "record_id", 64);
        FieldRules.Required(request.ExchangeCouponTemplateId, "exchange_coupon_template_id", 32);
        CheckMember(request.BrandId, 16, request.CardId, request.OpenId, request.UserCardCode);
        if (request.Result == PointExchangeResult.Unknown)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "result", "is required (Allow or Reject).");
        }

        if (request.Result == PointExchangeResult.Reject)
        {
            FieldRules.Required(request.RejectReason, "reject_reason", 32);
        }
        else
        {
            FieldRules.Optional(request.RejectReason, "reject_reason", 32);
        }

        return Answer(await api.ConfirmPointExchangeAsync(Body(request, WeChatPayJson.ConfirmPointExchangeRequest), cancellationToken).ConfigureAwait(false), "ConfirmPointExchange");
    }

    public async Task<MembershipActivity> CreateMembershipActivityAsync(CreateMembershipActivityRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.Required(request.BrandId, "brand_id", 32);
        FieldRules.Required(request.CardId, "card_id", 32);
        FieldRules.Required(request.ActivityChannel, "activity_channel", 32);
        CheckActivityTexts(request.Title, request.SubTitle, request.BeginTime, request.EndTime);
        FieldRules.InRange(request.ApplyTotal, 1, long.MaxValue, "apply_total");
        if (request.ProductCouponStockList is not { Count: > 0 } stocks)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "product_coupon_stock_list", "needs at least one coupon batch.");
        }

        for (var i = 0; i < stocks.Count; i++)
        {
            var stock = stocks[i] ?? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, $"product_coupon_stock_list[{i}]", "the batch is null.");
            FieldRules.Required(stock.ProductCouponId, $"product_coupon_stock_list[{i}].product_coupon_id", 64);
            FieldRules.Required(stock.StockId, $"product_coupon_stock_list[{i}].stock_id", 64);
        }

        request.OutRequestNo = OutRequestNumber.Ensure(request.OutRequestNo, 128);
        return Answer(await api.CreateMembershipActivityAsync(Body(request, WeChatPayJson.CreateMembershipActivityRequest), cancellationToken).ConfigureAwait(false), "CreateMembershipActivity");
    }

    public async Task<WeChatPayPage<MembershipActivity>> ListMembershipActivitiesAsync(ListMembershipActivitiesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        InRange(request.Offset, 0, int.MaxValue, "offset");
        InRange(request.Limit, 1, 20, "limit");
        var brandId = FieldRules.Required(request.BrandId, "brand_id", 32);
        var cardId = FieldRules.Optional(request.CardId, "card_id", 32);
        return Answer(await api.ListMembershipActivitiesAsync(brandId, string.IsNullOrEmpty(cardId) ? null : cardId, string.IsNullOrEmpty(request.ActivityState) ? null : request.ActivityState, request.Offset, request.Limit, cancellationToken).ConfigureAwait(false), "ListMembershipActivities");
    }

    public async Task<MembershipActivity> GetMembershipActivityAsync(GetMembershipActivityRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activityId = FieldRules.Required(request.ActivityId, "activity_id", 64);
        return Answer(await api.GetMembershipActivityAsync(activityId, FieldRules.Required(request.BrandId, "brand_id", 32), cancellationToken).ConfigureAwait(false), "GetMembershipActivity");
    }

    public async Task<MembershipActivity> UpdateMembershipActivityAsync(UpdateMembershipActivityRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activityId = FieldRules.Required(request.ActivityId, "activity_id", 64);
        FieldRules.Required(request.BrandId, "brand_id", 32);
        CheckActivityTexts(request.Title, request.SubTitle, request.BeginTime, request.EndTime);
        return Answer(await api.UpdateMembershipActivityAsync(activityId, Body(request, WeChatPayJson.UpdateMembershipActivityRequest), cancellationToken).ConfigureAwait(false), "UpdateMembershipActivity");
    }

    public async Task<MembershipActivity> TerminateMembershipActivityAsync(TerminateMembershipActivityRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activityId = FieldRules.Required(request.ActivityId, "activity_id", 64);
        FieldRules.Required(request.BrandId, "brand_id", 32);
        return Answer(await api.TerminateMembershipActivityAsync(activityId, Body(request, WeChatPayJson.TerminateMembershipActivityRequest), cancellationToken).ConfigureAwait(false), "TerminateMembershipActivity");
    }

    /// <summary>The documented limits of the card content a request sets (level, attach, colour, picture).</summary>
    private static void CheckContent(UserCardContent content)
    {
        FieldRules.Optional(content.Level, "level", 10);
        FieldRules.Optional(content.Attach, "attach", 256);
        FieldRules.Optional(content.CardPictureUrl, "card_picture_url", 256);
        if (content.CardColor is { } color && (color.Length != 7 || color[0] != '#' || color.AsSpan(1).ContainsAnyExcept("0123456789ABCDEFabcdef")))
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "card_color", $"must be #RRGGBB, got '{color}'.");
        }
    }

    /// <summary>The member a card-member call names, in one order for every call: brand, card template, openid, card code.</summary>
    private static void CheckMember(string? brandId, int brandIdLimit, string? cardId, string? openId, string? userCardCode)
    {
        FieldRules.Required(brandId, "brand_id", brandIdLimit);
        FieldRules.Required(cardId, "card_id", 32);
        FieldRules.Required(openId, "openid", 128);
        FieldRules.Required(userCardCode, "user_card_code", 32);
    }

    private static void CheckTokenRequest(CreateMemberTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.Required(request.BrandId, "brand_id", 32);
        FieldRules.Required(request.CardId, "card_id", 32);
        FieldRules.Required(request.OpenId, "openid", 128);
    }

    private static void CheckActivityTexts(string? title, string? subTitle, DateTimeOffset begin, DateTimeOffset end)
    {
        FieldRules.Required(title, "title", 128);
        FieldRules.Required(subTitle, "sub_title", 128);
        FieldRules.Ordered(begin, end, "end_time");
    }

    /// <summary>A verified 2xx answer with no body (or <c>null</c>) where a model is expected is malformed input, never a <see cref="NullReferenceException"/>.</summary>
    private static T Answer<T>(T? value, string operation)
        where T : class
        => value ?? throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "the answer of " + operation, "$", "the body is empty or null where an object is expected.");

    /// <summary>A required request value, or a <see cref="MemberCardsValidationException"/> naming its wire field once.</summary>
    private static string Required(string? value, string field)
        => string.IsNullOrEmpty(value) ? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, field, "is required.") : value;

    /// <summary>A paging value within its documented range, or a <see cref="MemberCardsValidationException"/> naming its wire field.</summary>
    private static void InRange(int value, int min, int max, string field)
    {
        if (value < min || value > max)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, field, max == int.MaxValue ? $"must be at least {min}, got {value}." : $"must be between {min} and {max}, got {value}.");
        }
    }

    /// <summary>
    /// The exact UTF-8 body to sign and send. A request the serializer refuses (a value without a wire name, say)
    /// is a <see cref="MemberCardsValidationException"/> naming the JSON path, never a raw serializer exception, and nothing is sent.
    /// </summary>
    private static JsonBodyContent Body<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return new JsonBodyContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            var path = (ex as JsonException)?.Path;
            throw new MemberCardsValidationException($"The {typeof(T).Name} cannot be sent{(string.IsNullOrEmpty(path) ? string.Empty : $" (at {path})")}: {ex.Message}", ex);
        }
    }

    /// <summary>The one place answers' sensitive fields are decrypted.</summary>
    private UserCard DecryptCard(UserCard card) => merchant.Cipher.Attach(card);
}
