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
