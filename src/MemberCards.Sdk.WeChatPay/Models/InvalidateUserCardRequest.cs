namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate?brand_id=&amp;card_id=</c>: invalidate a user
/// card (irreversible). A partner registration sends <c>brand_id</c> and <c>card_id</c> in the query and <c>openid</c>,
/// <c>invalid_reason</c> in the body (P4015336983); a brand registration sends <c>card_id</c>, <c>openid</c> and
/// <c>invalid_reason</c> in the body of POST <c>/brand/card-member/user-cards/{user_card_code}/invalidate</c> (B4015582726).
/// </summary>
public sealed record InvalidateUserCardRequest : CardUserRequest, IBrandScopedRequest
{
    /// <summary>The member card code (path); required.</summary>
    [JsonIgnore]
    public string UserCardCode { get; set; } = string.Empty;

    /// <summary><c>invalid_reason</c> (at most 32 characters).</summary>
    public string? InvalidReason { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Required(UserCardCode, "user_card_code", 32);
        ValidateUser(scope, 32);
        FieldRules.Optional(InvalidReason, "invalid_reason", 32);
    }
}
