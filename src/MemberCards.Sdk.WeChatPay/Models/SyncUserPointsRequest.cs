namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-points/sync</c>: tell WeChat Pay a member's current points balance. The
/// balance is absolute (the whole balance, not a change): send it after every change and when WeChat Pay asks for it.
/// </summary>
public sealed record SyncUserPointsRequest : CardMemberRequest, IBrandScopedRequest
{
    /// <summary>
    /// <c>out_request_no</c>: the idempotency key (1 to 128 characters of <c>[0-9A-Za-z_-]</c>). Leave it
    /// <see langword="null"/> and the SDK generates one and stores it here, so sending this object again sends the same key.
    /// </summary>
    [JsonPropertyOrder(CardMemberWireOrder.Lead)]
    public string? OutRequestNo { get; set; }

    /// <summary><c>point_balance</c>: the member's whole current balance (not negative); required.</summary>
    public required long PointBalance { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        ValidateMember(scope, 16);
        FieldRules.InRange(PointBalance, 0, long.MaxValue, "point_balance");
        OutRequestNo = OutRequestNumber.Ensure(OutRequestNo, 128);
    }
}
