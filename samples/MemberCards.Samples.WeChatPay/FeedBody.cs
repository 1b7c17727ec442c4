using System.Text.Json.Serialization;

/// <summary>The body of <c>POST /user-feeds</c>.</summary>
public sealed class FeedBody
{
    /// <summary><c>brand_id</c>.</summary>
    [JsonPropertyName("brand_id")]
    public string? BrandId { get; init; }

    /// <summary><c>card_id</c>.</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary><c>user_card_code</c>.</summary>
    [JsonPropertyName("user_card_code")]
    public string? UserCardCode { get; init; }

    /// <summary><c>openid</c>.</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; init; }

    /// <summary><c>out_request_no</c>: your idempotency key.</summary>
    [JsonPropertyName("out_request_no")]
    public string? OutRequestNo { get; init; }

    /// <summary><c>cell</c>: what the feed says.</summary>
    [JsonPropertyName("cell")]
    public string? Cell { get; init; }
}
