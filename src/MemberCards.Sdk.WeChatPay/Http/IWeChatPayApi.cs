namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Every WeChat Pay endpoint the SDK calls, one attribute line each: the wire contract of
/// <see cref="IWeChatPayBrandCardClient"/> in one file. Used through Refit's build-time generated client over the
/// merchant's named pipeline (retry, signing, verification, error mapping and telemetry).
/// Bodies are prepared <see cref="HttpContent"/> (<see cref="JsonBodyContent"/>) in every case: the facade serializes
/// them itself so that sensitive fields are encrypted first, the signing handler signs exactly those bytes without
/// a second copy, and a request that cannot be serialized fails before anything is sent.
/// The platform certificate download is here too; the key store calls it (answer returned raw: the key store
/// verifies it itself, since it is where trust in WeChat Pay's keys starts).
/// A <c>brand_id</c> parameter is nullable because a brand registration's requests may leave it unset (its calls go
/// through <see cref="WeChatPayBrandDirectApi"/>, which sends none); a partner call always passes one, checked by
/// <see cref="BrandScope"/> before the call.
/// </summary>
internal interface IWeChatPayApi
{
    [Get(WeChatPayPaths.Certificates)]
    Task<HttpResponseMessage> DownloadCertificatesAsync([Property(WeChatPayRequestOptions.CertificateDownloadKey)] bool certificateDownload, CancellationToken cancellationToken);

    [Get(WeChatPayPaths.Partner + WeChatPayPaths.UserCard)]
    Task<UserCard> GetUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("brand_id")] string? brandId, [AliasAs("card_id")] string cardId, [AliasAs("openid")] string openId, CancellationToken cancellationToken);

    [Patch(WeChatPayPaths.Partner + WeChatPayPaths.UserCard)]
    Task<UserCard> UpdateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("card_id")] string cardId, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Get(WeChatPayPaths.Partner + WeChatPayPaths.UserCards)]
    Task<WeChatPayPage<UserCard>> ListUserCardsAsync([AliasAs("brand_id")] string? brandId, [AliasAs("openid")] string openId, [AliasAs("user_card_state")] string? userCardState, int offset, int limit, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.ConfirmUserCard)]
    Task<UserCard> ConfirmUserCardAsync([AliasAs("user_card_code")] string userCardCode, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.InvalidateUserCard)]
    Task<UserCard> InvalidateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("brand_id")] string? brandId, [AliasAs("card_id")] string cardId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.CardTemplates)]
    Task<CardTemplate> CreateCardTemplateAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Get(WeChatPayPaths.Partner + WeChatPayPaths.CardTemplate)]
    Task<CardTemplate> GetCardTemplateAsync([AliasAs("card_id")] string cardId, [AliasAs("brand_id")] string? brandId, CancellationToken cancellationToken);

    [Get(WeChatPayPaths.Partner + WeChatPayPaths.CardTemplates)]
    Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync([AliasAs("brand_id")] string? brandId, [AliasAs("state")] string? state, int offset, int limit, CancellationToken cancellationToken);

    [Patch(WeChatPayPaths.Partner + WeChatPayPaths.CardTemplate)]
    Task<CardTemplate> UpdateCardTemplateAsync([AliasAs("card_id")] string cardId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Delete(WeChatPayPaths.Partner + WeChatPayPaths.CardTemplate)]
    Task DeleteCardTemplateAsync([AliasAs("card_id")] string cardId, [AliasAs("brand_id")] string? brandId, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.InvalidateCardTemplate)]
    Task<CardTemplate> InvalidateCardTemplateAsync([AliasAs("card_id")] string cardId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.ImportUserCardByOpenId)]
    Task<UserCard> ImportUserCardByOpenIdAsync([Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.ImportUserCardByPhone)]
    Task<UserCard> ImportUserCardByPhoneAsync([Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.PreAuthTokens)]
    Task<MemberToken> CreatePreAuthTokenAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.PayViewTokens)]
    Task<MemberToken> CreatePayViewTokenAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.UserFeeds)]
    Task<UserFeed> CreateUserFeedAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.SyncUserPoints)]
    Task<UserPointBalance> SyncUserPointsAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.ConfirmPointExchange)]
    Task<PointExchangeConfirmation> ConfirmPointExchangeAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.MembershipActivities)]
    Task<MembershipActivity> CreateMembershipActivityAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Get(WeChatPayPaths.Partner + WeChatPayPaths.MembershipActivities)]
    Task<WeChatPayPage<MembershipActivity>> ListMembershipActivitiesAsync([AliasAs("brand_id")] string? brandId, [AliasAs("card_id")] string? cardId, [AliasAs("activity_state")] string? activityState, int offset, int limit, CancellationToken cancellationToken);

    [Get(WeChatPayPaths.Partner + WeChatPayPaths.MembershipActivity)]
    Task<MembershipActivity> GetMembershipActivityAsync([AliasAs("activity_id")] string activityId, [AliasAs("brand_id")] string? brandId, CancellationToken cancellationToken);

    [Patch(WeChatPayPaths.Partner + WeChatPayPaths.MembershipActivity)]
    Task<MembershipActivity> UpdateMembershipActivityAsync([AliasAs("activity_id")] string activityId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayPaths.Partner + WeChatPayPaths.TerminateMembershipActivity)]
    Task<MembershipActivity> TerminateMembershipActivityAsync([AliasAs("activity_id")] string activityId, [Body] HttpContent body, CancellationToken cancellationToken);
}
