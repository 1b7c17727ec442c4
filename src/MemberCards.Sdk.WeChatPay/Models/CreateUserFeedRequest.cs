namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-feeds</c>: show a member feed (a pre-approved <c>cell</c> template with
/// its values) on the member's card, for example after a purchase outside WeChat Pay. Its body names the card code
/// before the user.
/// </summary>
public sealed record CreateUserFeedRequest : CardUserRequest, IBrandScopedRequest
{
    /// <summary><c>user_card_code</c> (at most 32 characters); required.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.UserCardCodeBeforeOpenId)]
    public required string UserCardCode { get; set; }

    /// <summary>
    /// <c>out_request_no</c>: the idempotency key (1 to 64 characters of <c>[0-9A-Za-z_-]</c>). Leave it
    /// <see langword="null"/> and the SDK generates one and stores it here, so sending this object again sends the same key.
    /// </summary>
    public string? OutRequestNo { get; set; }

    /// <summary><c>cell</c>: the feed template id and its values (at most 128 characters); required.</summary>
    public required string Cell { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        ValidateUser(scope, 32);
        FieldRules.Required(UserCardCode, "user_card_code", 32);
        FieldRules.Required(Cell, "cell", 128);
        OutRequestNo = OutRequestNumber.Ensure(OutRequestNo, 64);
    }
}
