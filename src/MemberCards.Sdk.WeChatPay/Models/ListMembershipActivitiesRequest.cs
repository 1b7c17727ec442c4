namespace MemberCards.Sdk.WeChatPay;

/// <summary>GET <c>/v3/brand/partner/card-member/membership-activities</c>: a brand's membership activities.</summary>
public sealed record ListMembershipActivitiesRequest : IBrandScopedRequest
{
    /// <summary><c>brand_id</c> (query; at most 32 characters). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>: only this template's activities, or <see langword="null"/> for all.</summary>
    public string? CardId { get; set; }

    /// <summary><c>activity_state</c>: only activities in this state (for example <c>MEMBERSHIP_ACTIVITY_EFFECTIVE</c>), or <see langword="null"/> for all.</summary>
    public string? ActivityState { get; set; }

    /// <summary><c>offset</c>: the page offset (0 first).</summary>
    public int Offset { get; set; }

    /// <summary><c>limit</c>: the page size, 1 to 20.</summary>
    public int Limit { get; set; } = 20;

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Page(Offset, Limit, WeChatPayConstants.MaxPageLimit);
        scope.Check(BrandId, 32);
        FieldRules.Optional(CardId, "card_id", 32);
    }
}
