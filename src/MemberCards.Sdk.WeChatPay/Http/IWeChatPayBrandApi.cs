using Refit;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The brand-direct family (<see cref="WeChatPayFamily.Brand"/>) under <c>/brand/card-member</c>, for the operations the
/// SDK routes there: no <c>brand_id</c> in a query or body (the Authorization names the brand). The facade chooses it
/// over <see cref="IWeChatPayApi"/> for a brand registration; it runs over the same pipeline.
/// </summary>
internal interface IWeChatPayBrandApi
{
    [Get("/brand/card-member/user-cards/{user_card_code}")]
    Task<UserCard> GetUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("card_id")] string cardId, [AliasAs("openid")] string openId, CancellationToken cancellationToken);

    [Patch("/brand/card-member/user-cards/{user_card_code}")]
    Task<UserCard> UpdateUserCardAsync([AliasAs("user_card_code")] string userCardCode, [AliasAs("card_id")] string cardId, [Body] HttpContent body, [Header(WeChatPayConstants.SerialHeader)] string? serial, CancellationToken cancellationToken);
}
