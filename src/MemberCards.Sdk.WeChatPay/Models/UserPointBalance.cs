namespace MemberCards.Sdk.WeChatPay;

/// <summary>A points balance WeChat Pay accepted (the answer of POST <c>/user-points/sync</c> echoes the request).</summary>
public sealed record UserPointBalance : CardMemberAnswer
{
    /// <summary><c>out_request_no</c>: the idempotency key sent.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.Lead)]
    public string? OutRequestNo { get; set; }

    /// <summary><c>point_balance</c>: the balance WeChat Pay now shows.</summary>
    public long? PointBalance { get; set; }
}
