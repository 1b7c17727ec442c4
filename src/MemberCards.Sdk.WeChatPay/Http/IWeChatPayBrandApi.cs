namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The brand-direct family (<see cref="WeChatPayFamily.Brand"/>) under <c>/brand/card-member</c>, for the operations the
/// SDK routes there: no <c>brand_id</c> in a query or body (the Authorization names the brand). A brand registration's
/// facade reaches it through <see cref="WeChatPayBrandDirectApi"/>, or directly for an operation only this family
/// documents (the image upload); it runs over the same pipeline.
/// </summary>
internal interface IWeChatPayBrandApi
{
    [Get("/brand/card-member/user-cards/{user_card_code}")]
    Task<UserCard> GetUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("card_id")] string cardId, [AliasAs("openid")] string openId, CancellationToken cancellationToken);

    [Patch("/brand/card-member/user-cards/{user_card_code}")]
    Task<UserCard> UpdateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("card_id")] string cardId, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Get("/brand/card-member/user-cards")]
    Task<WeChatPayPage<UserCard>> ListUserCardsAsync([AliasAs("openid")] string openId, [AliasAs("user_card_state")] string? userCardState, int offset, int limit, CancellationToken cancellationToken);

    [Post("/brand/card-member/user-cards/{user_card_code}/confirm")]
    Task<UserCard> ConfirmUserCardAsync([AliasAs("user_card_code")] string userCardCode, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post("/brand/card-member/user-cards/{user_card_code}/invalidate")]
    Task<UserCard> InvalidateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post("/brand/card-member/user-cards/import-by-openid")]
    Task<UserCard> ImportUserCardByOpenIdAsync([Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);

    [Post("/brand/card-member/cards")]
    Task<CardTemplate> CreateCardTemplateAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Get("/brand/card-member/cards/{card_id}")]
    Task<CardTemplate> GetCardTemplateAsync([AliasAs("card_id")] string cardId, CancellationToken cancellationToken);

    [Get("/brand/card-member/cards")]
    Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync([AliasAs("state")] string? state, int offset, int limit, CancellationToken cancellationToken);

    [Patch("/brand/card-member/cards/{card_id}")]
    Task<CardTemplate> UpdateCardTemplateAsync([AliasAs("card_id")] string cardId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Post("/brand/card-member/cards/{card_id}/invalidate")]
    Task<CardTemplate> InvalidateCardTemplateAsync([AliasAs("card_id")] string cardId, CancellationToken cancellationToken);

    [Post("/brand/card-member/pre-auth-tokens")]
    Task<MemberToken> CreatePreAuthTokenAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post("/brand/card-member/user-feeds")]
    Task<UserFeed> CreateUserFeedAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post("/brand/card-member/user-points/sync")]
    Task<UserPointBalance> SyncUserPointsAsync([Body] HttpContent body, CancellationToken cancellationToken);

    [Post("/brand/card-member/user-points/exchange-coupon/confirm")]
    Task<PointExchangeConfirmation> ConfirmPointExchangeAsync([Body] HttpContent body, CancellationToken cancellationToken);

    // Brand-direct only (B4015680641); the body is an ImageUploadContent, signed over its meta part.
    [Post("/brand/card-member/media/image-upload")]
    Task<UploadedImage> UploadImageAsync([Body] HttpContent body, CancellationToken cancellationToken);
}
