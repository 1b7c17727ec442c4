using System.Runtime.CompilerServices;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The partner contract (<see cref="IWeChatPayApi"/>) answered by the brand-direct family: the one place where the two
/// families' field differences live. An operation both families have goes to <see cref="IWeChatPayBrandApi"/> without
/// <c>brand_id</c> (the facade writes brand-direct bodies without it too). One the brand-direct pages do not document
/// (template delete, phone import, pay-view tokens, membership activities, certificates) fails with a
/// <see cref="NotSupportedException"/> naming the operation and the setting, before anything is sent.
/// </summary>
internal sealed class WeChatPayBrandDirectApi(IWeChatPayBrandApi brand) : IWeChatPayApi
{
    public Task<HttpResponseMessage> DownloadCertificatesAsync(bool certificateDownload, CancellationToken cancellationToken) => Undocumented<HttpResponseMessage>();

    public Task<UserCard> GetUserCardAsync(string userCardCode, string? brandId, string cardId, string openId, CancellationToken cancellationToken)
        => brand.GetUserCardAsync(userCardCode, cardId, openId, cancellationToken);

    public Task<UserCard> UpdateUserCardAsync(string userCardCode, string cardId, HttpContent body, string? serial, CancellationToken cancellationToken)
        => brand.UpdateUserCardAsync(userCardCode, cardId, body, serial, cancellationToken);

    public Task<WeChatPayPage<UserCard>> ListUserCardsAsync(string? brandId, string openId, string? userCardState, int offset, int limit, CancellationToken cancellationToken)
        => brand.ListUserCardsAsync(openId, userCardState, offset, limit, cancellationToken);

    public Task<UserCard> ConfirmUserCardAsync(string userCardCode, HttpContent body, string? serial, CancellationToken cancellationToken)
        => brand.ConfirmUserCardAsync(userCardCode, body, serial, cancellationToken);

    // The partner page puts brand_id and card_id in the query (P4015336983); the brand page has no query and card_id in
    // the body (B4015582726), which a brand registration's body carries (WeChatPayJson.PartnerQueryIsNotInTheBody is partner-only).
    public Task<UserCard> InvalidateUserCardAsync(string userCardCode, string? brandId, string cardId, HttpContent body, CancellationToken cancellationToken)
        => brand.InvalidateUserCardAsync(userCardCode, body, cancellationToken);

    public Task<CardTemplate> CreateCardTemplateAsync(HttpContent body, CancellationToken cancellationToken) => brand.CreateCardTemplateAsync(body, cancellationToken);

    public Task<CardTemplate> GetCardTemplateAsync(string cardId, string? brandId, CancellationToken cancellationToken) => brand.GetCardTemplateAsync(cardId, cancellationToken);

    public Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync(string? brandId, string? state, int offset, int limit, CancellationToken cancellationToken)
        => brand.ListCardTemplatesAsync(state, offset, limit, cancellationToken);

    public Task<CardTemplate> UpdateCardTemplateAsync(string cardId, HttpContent body, CancellationToken cancellationToken) => brand.UpdateCardTemplateAsync(cardId, body, cancellationToken);

    public Task DeleteCardTemplateAsync(string cardId, string? brandId, CancellationToken cancellationToken) => Undocumented<object>();

    // The brand-direct invalidate has no body at all (B4015582724, read through SEN only): the partner body is dropped.
    public Task<CardTemplate> InvalidateCardTemplateAsync(string cardId, HttpContent body, CancellationToken cancellationToken) => brand.InvalidateCardTemplateAsync(cardId, cancellationToken);

    public Task<UserCard> ImportUserCardByOpenIdAsync(HttpContent body, string? serial, CancellationToken cancellationToken)
        => brand.ImportUserCardByOpenIdAsync(body, serial, cancellationToken);

    public Task<UserCard> ImportUserCardByPhoneAsync(HttpContent body, string? serial, CancellationToken cancellationToken) => Undocumented<UserCard>();

    public Task<MemberToken> CreatePreAuthTokenAsync(HttpContent body, CancellationToken cancellationToken) => brand.CreatePreAuthTokenAsync(body, cancellationToken);

    public Task<MemberToken> CreatePayViewTokenAsync(HttpContent body, CancellationToken cancellationToken) => Undocumented<MemberToken>();

    public Task<UserFeed> CreateUserFeedAsync(HttpContent body, CancellationToken cancellationToken) => brand.CreateUserFeedAsync(body, cancellationToken);

    public Task<UserPointBalance> SyncUserPointsAsync(HttpContent body, CancellationToken cancellationToken) => brand.SyncUserPointsAsync(body, cancellationToken);

    public Task<PointExchangeConfirmation> ConfirmPointExchangeAsync(HttpContent body, CancellationToken cancellationToken) => brand.ConfirmPointExchangeAsync(body, cancellationToken);

    public Task<MembershipActivity> CreateMembershipActivityAsync(HttpContent body, CancellationToken cancellationToken) => Undocumented<MembershipActivity>();

    public Task<WeChatPayPage<MembershipActivity>> ListMembershipActivitiesAsync(string? brandId, string? cardId, string? activityState, int offset, int limit, CancellationToken cancellationToken) => Undocumented<WeChatPayPage<MembershipActivity>>();

    public Task<MembershipActivity> GetMembershipActivityAsync(string activityId, string? brandId, CancellationToken cancellationToken) => Undocumented<MembershipActivity>();

    public Task<MembershipActivity> UpdateMembershipActivityAsync(string activityId, HttpContent body, CancellationToken cancellationToken) => Undocumented<MembershipActivity>();

    public Task<MembershipActivity> TerminateMembershipActivityAsync(string activityId, HttpContent body, CancellationToken cancellationToken) => Undocumented<MembershipActivity>();

    /// <summary>An operation the brand-direct pages do not document: named with the setting that chose the family.</summary>
    private static Task<T> Undocumented<T>([CallerMemberName] string operation = "")
        => throw new NotSupportedException($"{operation} is not available to a brand registration (WeChatPayOptions.Family = Brand): the brand-direct family (/brand/card-member) documents no such operation. Use a partner registration (Family = Partner) for it.");
}
