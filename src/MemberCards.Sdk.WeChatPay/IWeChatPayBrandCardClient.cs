namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// WeChat Pay APIv3 brand member cards, in either family: the service-provider one (<c>/v3/brand/partner/card-member</c>)
/// or, for a registration with <see cref="WeChatPayFamily.Brand"/>, the brand-direct one (<c>/brand/card-member</c>, no
/// <c>brand_id</c> sent; an operation it does not document throws <see cref="NotSupportedException"/>, as the image
/// upload, documented for brands only, does for a partner registration). Every call is signed, every answer verified;
/// sensitive fields are plain text in the models.
/// </summary>
public interface IWeChatPayBrandCardClient
{
    /// <summary>GET <c>/user-cards/{user_card_code}</c>: one user card.</summary>
    /// <param name="request">The card to query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card, sensitive fields decrypted.</returns>
    Task<UserCard> GetUserCardAsync(GetUserCardRequest request, CancellationToken cancellationToken = default);

    /// <summary>PATCH <c>/user-cards/{user_card_code}?card_id=</c>: update one user card (never retried).</summary>
    /// <param name="request">The changes, sensitive fields in plain text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated card.</returns>
    Task<UserCard> UpdateUserCardAsync(UpdateUserCardRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET <c>/user-cards</c>: the cards a user holds under a brand.</summary>
    /// <param name="request">The user and page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of cards.</returns>
    Task<WeChatPayPage<UserCard>> ListUserCardsAsync(ListUserCardsRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST <c>/user-cards/{user_card_code}/confirm</c>: report the result of an opening (never retried).</summary>
    /// <param name="request">The result.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card.</returns>
    Task<UserCard> ConfirmUserCardAsync(ConfirmUserCardRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST <c>/user-cards/{user_card_code}/invalidate</c>: invalidate a user card, irreversibly (never retried).</summary>
    /// <param name="request">The card and reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invalidated card.</returns>
    Task<UserCard> InvalidateUserCardAsync(InvalidateUserCardRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/cards</c>: create a card template with an idempotency key (never retried), in either family (partner
    /// <c>/v3/brand/partner/card-member/cards</c>; a brand registration, <see cref="WeChatPayFamily.Brand"/>,
    /// <c>/brand/card-member/cards</c>); both require the key. A missing <see cref="CreateCardTemplateRequest.OutRequestNo"/> is generated and stored on
    /// <paramref name="request"/>, so sending it again after an unknown outcome sends the same key.
    /// </summary>
    /// <param name="request">The template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created template with its <c>card_id</c>.</returns>
    Task<CardTemplate> CreateCardTemplateAsync(CreateCardTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET <c>/cards/{card_id}?brand_id=</c>: one card template.</summary>
    /// <param name="request">The brand and template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    Task<CardTemplate> GetCardTemplateAsync(GetCardTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET <c>/cards?brand_id=&amp;offset=&amp;limit=</c>: the brand's card templates.</summary>
    /// <param name="request">The brand and page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of templates.</returns>
    Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync(ListCardTemplatesRequest request, CancellationToken cancellationToken = default);

    /// <summary>PATCH <c>/cards/{card_id}</c>: update a card template (never retried); only the fields the PATCH schema allows are sent.</summary>
    /// <param name="request">The template and the fields to change (<see cref="CardTemplateRequest.BrandId"/> required from a partner registration).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated template.</returns>
    Task<CardTemplate> UpdateCardTemplateAsync(UpdateCardTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>DELETE <c>/cards/{card_id}?brand_id=</c>: delete a card template (never retried).</summary>
    /// <param name="request">The brand and template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when WeChat Pay confirmed the deletion.</returns>
    Task DeleteCardTemplateAsync(DeleteCardTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST <c>/cards/{card_id}/invalidate</c>: invalidate a card template, irreversibly; no further cards are given out (never retried).</summary>
    /// <param name="request">The brand and template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invalidated template.</returns>
    Task<CardTemplate> InvalidateCardTemplateAsync(InvalidateCardTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/user-cards/import-by-openid</c>: give an existing member a card by openid, without a confirm step
    /// (never retried). Sensitive fields are encrypted on send with the <c>Wechatpay-Serial</c> of the key.
    /// </summary>
    /// <param name="request">The member and card, sensitive fields in plain text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The imported card.</returns>
    Task<UserCard> ImportUserCardByOpenIdAsync(ImportUserCardByOpenIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/user-cards/import-by-phone</c>: give an existing member a card by phone number (never retried).
    /// Documented by WeChat Pay but <b>not live</b> yet: expect a <see cref="WeChatPayApiException"/> until WeChat Pay
    /// opens it, and use <see cref="ImportUserCardByOpenIdAsync"/> today.
    /// </summary>
    /// <param name="request">The member (phone number required) and card, sensitive fields in plain text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The imported card.</returns>
    Task<UserCard> ImportUserCardByPhoneAsync(ImportUserCardByPhoneRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST <c>/pre-auth-tokens</c>: a pre-authorisation token for the join component, valid for one hour (never retried).</summary>
    /// <param name="request">The brand, template and user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token and when it expires.</returns>
    Task<MemberToken> CreatePreAuthTokenAsync(CreateMemberTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/pay-view-tokens</c>: a token for the member pay-code component, valid for ten minutes and for one launch
    /// only: fetch a new one before every launch (never retried).
    /// </summary>
    /// <param name="request">The brand, template and user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token and when it expires.</returns>
    Task<MemberToken> CreatePayViewTokenAsync(CreateMemberTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/user-feeds</c>: show a member feed (<c>cell</c>) on a card (never retried). A missing
    /// <see cref="CreateUserFeedRequest.OutRequestNo"/> is generated and stored on <paramref name="request"/>, so
    /// sending the same object again after an unknown outcome sends the same key.
    /// </summary>
    /// <param name="request">The member and feed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The feed as WeChat Pay accepted it.</returns>
    Task<UserFeed> CreateUserFeedAsync(CreateUserFeedRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/user-points/sync</c>: send a member's whole current points balance (never retried). A missing
    /// <see cref="SyncUserPointsRequest.OutRequestNo"/> is generated and stored on <paramref name="request"/>.
    /// </summary>
    /// <param name="request">The member and balance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance as WeChat Pay accepted it.</returns>
    Task<UserPointBalance> SyncUserPointsAsync(SyncUserPointsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/brand/card-member/media/image-upload</c>: upload a JPG, BMP or PNG of at most 2 MB for a template's
    /// <c>card_picture_url</c> (never retried), as <c>multipart/form-data</c> signed over its <c>meta</c> JSON. Brand
    /// registrations (<see cref="WeChatPayFamily.Brand"/>) only: the partner family's upload path is not documented,
    /// so a partner registration's call throws <see cref="NotSupportedException"/> and sends nothing.
    /// </summary>
    /// <param name="request">The image and its file name (<see cref="UploadImageRequest.FromStreamAsync"/> reads one from a stream).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The image's permanent <c>media_url</c>.</returns>
    Task<UploadedImage> UploadImageAsync(UploadImageRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/user-points/exchange-coupon/confirm</c>: allow or reject a points-for-coupon exchange (never retried).
    /// When the answer's state is <c>POINT_EXCHANGE_COUPON_FAIL</c>, give the member the deducted points back.
    /// </summary>
    /// <param name="request">The exchange record and the merchant's answer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome, with the coupon when one was given.</returns>
    Task<PointExchangeConfirmation> ConfirmPointExchangeAsync(ConfirmPointExchangeRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// POST <c>/membership-activities</c>: create a join-gift activity (never retried). A missing
    /// <see cref="CreateMembershipActivityRequest.OutRequestNo"/> is generated and stored on <paramref name="request"/>.
    /// </summary>
    /// <param name="request">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created activity with its <c>activity_id</c>.</returns>
    Task<MembershipActivity> CreateMembershipActivityAsync(CreateMembershipActivityRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET <c>/membership-activities?brand_id=&amp;offset=&amp;limit=</c>: a brand's membership activities.</summary>
    /// <param name="request">The brand, filters and page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of activities.</returns>
    Task<WeChatPayPage<MembershipActivity>> ListMembershipActivitiesAsync(ListMembershipActivitiesRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET <c>/membership-activities/{activity_id}?brand_id=</c>: one membership activity.</summary>
    /// <param name="request">The brand and activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The activity.</returns>
    Task<MembershipActivity> GetMembershipActivityAsync(GetMembershipActivityRequest request, CancellationToken cancellationToken = default);

    /// <summary>PATCH <c>/membership-activities/{activity_id}</c>: change an activity's titles and times (never retried).</summary>
    /// <param name="request">The activity and its new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated activity.</returns>
    Task<MembershipActivity> UpdateMembershipActivityAsync(UpdateMembershipActivityRequest request, CancellationToken cancellationToken = default);

    /// <summary>POST <c>/membership-activities/{activity_id}/terminate</c>: end an activity (never retried).</summary>
    /// <param name="request">The brand and activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The terminated activity.</returns>
    Task<MembershipActivity> TerminateMembershipActivityAsync(TerminateMembershipActivityRequest request, CancellationToken cancellationToken = default);
}
