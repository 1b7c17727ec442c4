namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// WeChat Pay APIv3 brand member cards (service-provider family <c>/v3/brand/partner/card-member</c>). Every call is
/// signed, every answer verified; sensitive fields are plain text in the models.
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

    /// <summary>POST <c>/cards</c>: create a card template (never retried).</summary>
    /// <param name="template">The template (<see cref="CardTemplate.BrandId"/> required).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created template with its <c>card_id</c>.</returns>
    Task<CardTemplate> CreateCardTemplateAsync(CardTemplate template, CancellationToken cancellationToken = default);

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

    /// <summary>PATCH <c>/cards/{card_id}</c>: update a card template (never retried).</summary>
    /// <param name="request">The template and the fields to change (<see cref="CardTemplate.BrandId"/> required).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated template.</returns>
    Task<CardTemplate> UpdateCardTemplateAsync(UpdateCardTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>DELETE <c>/cards/{card_id}?brand_id=</c>: delete a card template (never retried).</summary>
    /// <param name="request">The brand and template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when WeChat Pay confirmed the deletion.</returns>
    Task DeleteCardTemplateAsync(DeleteCardTemplateRequest request, CancellationToken cancellationToken = default);
}
