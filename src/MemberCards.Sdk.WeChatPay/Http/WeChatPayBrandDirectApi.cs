namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The partner contract (<see cref="IWeChatPayApi"/>) answered by the brand-direct family: the one place where the two
/// families' field differences live. An operation both families have goes to <see cref="IWeChatPayBrandApi"/> without
/// <c>brand_id</c> (the facade writes brand-direct bodies without it too); one the SDK does not route to the
/// brand-direct family yet (templates, activities, phone import, pay-view tokens, certificates) fails with
/// <see cref="NotSupportedException"/> before anything is sent.
/// </summary>
internal sealed class WeChatPayBrandDirectApi(IWeChatPayBrandApi brand) : IWeChatPayApi
{
    public Task<HttpResponseMessage> DownloadCertificatesAsync(bool certificateDownload, CancellationToken cancellationToken) => Unrouted<HttpResponseMessage>();

    public Task<UserCard> GetUserCardAsync(string userCardCode, string brandId, string cardId, string openId, CancellationToken cancellationToken)
        => brand.GetUserCardAsync(userCardCode, cardId, openId, cancellationToken);

    public Task<UserCard> UpdateUserCardAsync(string userCardCode, string cardId, HttpContent body, string? serial, CancellationToken cancellationToken)
        => brand.UpdateUserCardAsync(userCardCode, cardId, body, serial, cancellationToken);

    public Task<WeChatPayPage<UserCard>> ListUserCardsAsync(string brandId, string openId, string? userCardState, int offset, int limit, CancellationToken cancellationToken)
        => brand.ListUserCardsAsync(openId, userCardState, offset, limit, cancellationToken);

    public Task<UserCard> ConfirmUserCardAsync(string userCardCode, HttpContent body, string? serial, CancellationToken cancellationToken)
        => brand.ConfirmUserCardAsync(userCardCode, body, serial, cancellationToken);

    public Task<UserCard> InvalidateUserCardAsync(string userCardCode, HttpContent body, CancellationToken cancellationToken)
        => brand.InvalidateUserCardAsync(userCardCode, body, cancellationToken);

    public Task<CardTemplate> CreateCardTemplateAsync(HttpContent body, CancellationToken cancellationToken) => Unrouted<CardTemplate>();

    public Task<CardTemplate> GetCardTemplateAsync(string cardId, string brandId, CancellationToken cancellationToken) => Unrouted<CardTemplate>();

    public Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync(string brandId, int offset, int limit, CancellationToken cancellationToken) => Unrouted<WeChatPayPage<CardTemplate>>();

    public Task<CardTemplate> UpdateCardTemplateAsync(string cardId, HttpContent body, CancellationToken cancellationToken) => Unrouted<CardTemplate>();

    public Task DeleteCardTemplateAsync(string cardId, string brandId, CancellationToken cancellationToken) => Unrouted<object>();

    public Task<CardTemplate> InvalidateCardTemplateAsync(string cardId, HttpContent body, CancellationToken cancellationToken) => Unrouted<CardTemplate>();

    public Task<UserCard> ImportUserCardByOpenIdAsync(HttpContent body, string? serial, CancellationToken cancellationToken)
        => brand.ImportUserCardByOpenIdAsync(body, serial, cancellationToken);

    public Task<UserCard> ImportUserCardByPhoneAsync(HttpContent body, string? serial, CancellationToken cancellationToken) => Unrouted<UserCard>();

    public Task<MemberToken> CreatePreAuthTokenAsync(HttpContent body, CancellationToken cancellationToken) => brand.CreatePreAuthTokenAsync(body, cancellationToken);

    public Task<MemberToken> CreatePayViewTokenAsync(HttpContent body, CancellationToken cancellationToken) => Unrouted<MemberToken>();

    public Task<UserFeed> CreateUserFeedAsync(HttpContent body, CancellationToken cancellationToken) => brand.CreateUserFeedAsync(body, cancellationToken);

    public Task<UserPointBalance> SyncUserPointsAsync(HttpContent body, CancellationToken cancellationToken) => brand.SyncUserPointsAsync(body, cancellationToken);

    public Task<PointExchangeConfirmation> ConfirmPointExchangeAsync(HttpContent body, CancellationToken cancellationToken) => brand.ConfirmPointExchangeAsync(body, cancellationToken);

    public Task<MembershipActivity> CreateMembershipActivityAsync(HttpContent body, CancellationToken cancellationToken) => Unrouted<MembershipActivity>();

    public Task<WeChatPayPage<MembershipActivity>> ListMembershipActivitiesAsync(string brandId, string? cardId, string? activityState, int offset, int limit, CancellationToken cancellationToken) => Unrouted<WeChatPayPage<MembershipActivity>>();

    public Task<MembershipActivity> GetMembershipActivityAsync(string activityId, string brandId, CancellationToken cancellationToken) => Unrouted<MembershipActivity>();

    public Task<MembershipActivity> UpdateMembershipActivityAsync(string activityId, HttpContent body, CancellationToken cancellationToken) => Unrouted<MembershipActivity>();

    public Task<MembershipActivity> TerminateMembershipActivityAsync(string activityId, HttpContent body, CancellationToken cancellationToken) => Unrouted<MembershipActivity>();

    private static Task<T> Unrouted<T>()
        => throw new NotSupportedException("A brand registration (Family = Brand) reaches the user-card, token, feed and points operations of /brand/card-member; this operation is only routed for a partner registration.");
}
