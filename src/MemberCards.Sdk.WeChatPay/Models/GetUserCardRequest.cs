namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/user-cards/{user_card_code}</c>: query one user card.</summary>
public sealed class GetUserCardRequest
{
    /// <summary>The member card code (path).</summary>
    public required string UserCardCode { get; set; }

    /// <summary><c>brand_id</c> (query).</summary>
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>: the template id (query).</summary>
    public required string CardId { get; set; }

    /// <summary><c>openid</c>: the user (query).</summary>
    public required string OpenId { get; set; }
}
