namespace MemberCards.Sdk.WeChatPay;

/// <summary>A member feed WeChat Pay accepted (the answer of POST <c>/user-feeds</c> echoes the request).</summary>
public sealed record UserFeed
{
    /// <summary><c>brand_id</c>.</summary>
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>.</summary>
    public string? CardId { get; set; }

    /// <summary><c>user_card_code</c>.</summary>
    public string? UserCardCode { get; set; }

    /// <summary><c>openid</c>.</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary><c>out_request_no</c>: the idempotency key sent.</summary>
    public string? OutRequestNo { get; set; }

    /// <summary><c>cell</c>: the feed sent.</summary>
    public string? Cell { get; set; }
}
