namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Every WeChat Pay endpoint the SDK calls, one attribute line each: the wire contract of
/// <see cref="IWeChatPayBrandCardClient"/> in one file. Used through Refit's build-time generated client over the
/// merchant's named pipeline (retry, signing, verification, error mapping and telemetry).
/// Bodies are prepared <see cref="HttpContent"/> (<see cref="MemberCardsJsonContent"/>) in every case: the facade serializes
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
    [Get(WeChatPayConstants.CertificatesPath)]
    Task<HttpResponseMessage> DownloadCertificatesAsync([Property(WeChatPayRequestOptions.CertificateDownloadKey)] bool certificateDownload, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.UserCardPath)]
    Task<UserCard> GetUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("brand_id")] string? brandId, [AliasAs("card_id")] string cardId, [AliasAs("openid")] string openId, CancellationToken cancellationToken);

    [Patch(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.UserCardPath)]
    Task<UserCard> UpdateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("card_id")] string cardId, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.UserCardsPath)]
    Task<WeChatPayPage<UserCard>> ListUserCardsAsync([AliasAs("brand_id")] string? brandId, [AliasAs("openid")] string openId, [AliasAs("user_card_state")] string? userCardState, int offset, int limit, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.ConfirmUserCardPath)]
    Task<UserCard> ConfirmUserCardAsync([AliasAs("user_card_code")] string userCardCode, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.InvalidateUserCardPath)]
    Task<UserCard> InvalidateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("brand_id")] string? brandId, [AliasAs("card_id")] string cardId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.CardTemplatesPath)]
    Task<CardTemplate> CreateCardTemplateAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.CardTemplatePath)]
    Task<CardTemplate> GetCardTemplateAsync([AliasAs("card_id")] string cardId, [AliasAs("brand_id")] string? brandId, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.CardTemplatesPath)]
    Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync([AliasAs("brand_id")] string? brandId, [AliasAs("state")] string? state, int offset, int limit, CancellationToken cancellationToken);

    [Patch(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.CardTemplatePath)]
    Task<CardTemplate> UpdateCardTemplateAsync([AliasAs("card_id")] string cardId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Delete(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.CardTemplatePath)]
    Task DeleteCardTemplateAsync([AliasAs("card_id")] string cardId, [AliasAs("brand_id")] string? brandId, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.InvalidateCardTemplatePath)]
    Task<CardTemplate> InvalidateCardTemplateAsync([AliasAs("card_id")] string cardId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.ImportUserCardByOpenIdPath)]
    Task<UserCard> ImportUserCardByOpenIdAsync([Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.ImportUserCardByPhonePath)]
    Task<UserCard> ImportUserCardByPhoneAsync([Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.PreAuthTokensPath)]
    Task<MemberToken> CreatePreAuthTokenAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.PayViewTokensPath)]
    Task<MemberToken> CreatePayViewTokenAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.UserFeedsPath)]
    Task<UserFeed> CreateUserFeedAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.SyncUserPointsPath)]
    Task<UserPointBalance> SyncUserPointsAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.ConfirmPointExchangePath)]
    Task<PointExchangeConfirmation> ConfirmPointExchangeAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.MembershipActivitiesPath)]
    Task<MembershipActivity> CreateMembershipActivityAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.MembershipActivitiesPath)]
    Task<WeChatPayPage<MembershipActivity>> ListMembershipActivitiesAsync([AliasAs("brand_id")] string? brandId, [AliasAs("card_id")] string? cardId, [AliasAs("activity_state")] string? activityState, int offset, int limit, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.MembershipActivityPath)]
    Task<MembershipActivity> GetMembershipActivityAsync([AliasAs("activity_id")] string activityId, [AliasAs("brand_id")] string? brandId, CancellationToken cancellationToken);

    [Patch(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.MembershipActivityPath)]
    Task<MembershipActivity> UpdateMembershipActivityAsync([AliasAs("activity_id")] string activityId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.TerminateMembershipActivityPath)]
    Task<MembershipActivity> TerminateMembershipActivityAsync([AliasAs("activity_id")] string activityId, [Body] HttpContent body, CancellationToken cancellationToken);
}
