namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/user-cards</c>: the cards a user holds under a brand.</summary>
public sealed class ListUserCardsRequest : IBrandScopedRequest
{
    /// <summary><c>brand_id</c> (query). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    public string? BrandId { get; set; }

    /// <summary><c>openid</c>.</summary>
    public required string OpenId { get; set; }

    /// <summary><c>user_card_state</c>: only cards in this state, or <see langword="null"/> for all.</summary>
    public UserCardState? UserCardState { get; set; }

    /// <summary><c>offset</c>: the page offset (0 first).</summary>
    public int Offset { get; set; }

    /// <summary><c>limit</c>: the page size, 1 to 20.</summary>
    public int Limit { get; set; } = 20;

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Page(Offset, Limit, WeChatPayConstants.MaxPageLimit);
        scope.Check(BrandId);
        FieldRules.Required(OpenId, "openid");
    }
}
