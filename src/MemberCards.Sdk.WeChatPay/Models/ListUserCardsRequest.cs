namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/user-cards</c>: the cards a user holds under a brand.</summary>
public sealed class ListUserCardsRequest : IValidatedRequest
{
    /// <summary><c>brand_id</c>.</summary>
    public required string BrandId { get; set; }

    /// <summary><c>openid</c>.</summary>
    public required string OpenId { get; set; }

    /// <summary><c>user_card_state</c>: only cards in this state, or <see langword="null"/> for all.</summary>
    public UserCardState? UserCardState { get; set; }

    /// <summary><c>offset</c>: the page offset (0 first).</summary>
    public int Offset { get; set; }

    /// <summary><c>limit</c>: the page size, 1 to 20.</summary>
    public int Limit { get; set; } = 20;

    void IValidatedRequest.Validate()
    {
        FieldRules.Page(Offset, Limit, 20);
        FieldRules.Required(BrandId, "brand_id");
        FieldRules.Required(OpenId, "openid");
    }
}
