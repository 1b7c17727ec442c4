using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>A points balance WeChat Pay accepted (the answer of POST <c>/user-points/sync</c> echoes the request).</summary>
public sealed record UserPointBalance
{
    /// <summary><c>out_request_no</c>: the idempotency key sent.</summary>
    [JsonPropertyName("out_request_no")]
    public string? OutRequestNo { get; set; }

    /// <summary><c>brand_id</c>.</summary>
    [JsonPropertyName("brand_id")]
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>.</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; set; }

    /// <summary><c>openid</c>.</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary><c>user_card_code</c>.</summary>
    [JsonPropertyName("user_card_code")]
    public string? UserCardCode { get; set; }

    /// <summary><c>point_balance</c>: the balance WeChat Pay now shows.</summary>
    [JsonPropertyName("point_balance")]
    public long? PointBalance { get; set; }
}
