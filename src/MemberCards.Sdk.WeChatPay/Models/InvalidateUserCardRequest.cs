namespace MemberCards.Sdk.WeChatPay;

/// <summary>POST <c>/v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate</c>: invalidate a user card (irreversible).</summary>
public sealed record InvalidateUserCardRequest : CardUserRequest, IValidatedRequest
{
    /// <summary>The member card code (path); required.</summary>
    [JsonIgnore]
    public string UserCardCode { get; set; } = string.Empty;

    /// <summary><c>invalid_reason</c>.</summary>
    public string? InvalidReason { get; set; }

    void IValidatedRequest.Validate() => FieldRules.Required(UserCardCode, "user_card_code");
}
