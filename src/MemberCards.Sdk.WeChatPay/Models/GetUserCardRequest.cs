namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/user-cards/{user_card_code}</c>: query one user card.</summary>
public sealed class GetUserCardRequest : IBrandScopedRequest
{
    /// <summary>The member card code (path; at most 32 characters); required.</summary>
    public required string UserCardCode { get; set; }

    /// <summary><c>brand_id</c> (query). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>: the template id (query); required.</summary>
    public required string CardId { get; set; }

    /// <summary><c>openid</c>: the user (query); required.</summary>
    public required string OpenId { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Required(UserCardCode, "user_card_code");
        scope.Check(BrandId);
        FieldRules.Required(CardId, "card_id");
        FieldRules.Required(OpenId, "openid");
    }
}
