namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The brand-direct family (<see cref="WeChatPayFamily.Brand"/>) under <c>/brand/card-member</c>, for the operations the
/// SDK routes there: no <c>brand_id</c> in a query or body (the Authorization names the brand). A brand registration's
/// facade reaches it through <see cref="WeChatPayBrandDirectApi"/>, or directly for an operation only this family
/// documents (the image upload); it runs over the same pipeline.
/// </summary>
internal interface IWeChatPayBrandApi
{
    [Get(WeChatPayConstants.BrandPrefix + WeChatPayConstants.UserCardPath)]
    Task<UserCard> GetUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("card_id")] string cardId, [AliasAs("openid")] string openId, CancellationToken cancellationToken);

    [Patch(WeChatPayConstants.BrandPrefix + WeChatPayConstants.UserCardPath)]
    Task<UserCard> UpdateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("card_id")] string cardId, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.BrandPrefix + WeChatPayConstants.UserCardsPath)]
    Task<WeChatPayPage<UserCard>> ListUserCardsAsync([AliasAs("openid")] string openId, [AliasAs("user_card_state")] string? userCardState, int offset, int limit, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.ConfirmUserCardPath)]
    Task<UserCard> ConfirmUserCardAsync([AliasAs("user_card_code")] string userCardCode, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.InvalidateUserCardPath)]
    Task<UserCard> InvalidateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.ImportUserCardByOpenIdPath)]
    Task<UserCard> ImportUserCardByOpenIdAsync([Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.CardTemplatesPath)]
    Task<CardTemplate> CreateCardTemplateAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.BrandPrefix + WeChatPayConstants.CardTemplatePath)]
    Task<CardTemplate> GetCardTemplateAsync([AliasAs("card_id")] string cardId, CancellationToken cancellationToken);

    [Get(WeChatPayConstants.BrandPrefix + WeChatPayConstants.CardTemplatesPath)]
    Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync([AliasAs("state")] string? state, int offset, int limit, CancellationToken cancellationToken);

    [Patch(WeChatPayConstants.BrandPrefix + WeChatPayConstants.CardTemplatePath)]
    Task<CardTemplate> UpdateCardTemplateAsync([AliasAs("card_id")] string cardId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.InvalidateCardTemplatePath)]
    Task<CardTemplate> InvalidateCardTemplateAsync([AliasAs("card_id")] string cardId, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.PreAuthTokensPath)]
    Task<MemberToken> CreatePreAuthTokenAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.UserFeedsPath)]
    Task<UserFeed> CreateUserFeedAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.SyncUserPointsPath)]
    Task<UserPointBalance> SyncUserPointsAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.ConfirmPointExchangePath)]
    Task<PointExchangeConfirmation> ConfirmPointExchangeAsync([Body] HttpContent body, CancellationToken cancellationToken);

    // Brand-direct only (B4015680641); the body is an ImageUploadContent, signed over its meta part.
    [Post(WeChatPayConstants.BrandPrefix + WeChatPayConstants.ImageUploadPath)]
    Task<UploadedImage> UploadImageAsync([Body] HttpContent body, CancellationToken cancellationToken);
}
