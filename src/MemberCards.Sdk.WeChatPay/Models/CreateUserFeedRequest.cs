using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-feeds</c>: show a member feed (a pre-approved <c>cell</c> template with
/// its values) on the member's card, for example after a purchase outside WeChat Pay.
/// </summary>
public sealed record CreateUserFeedRequest
{
    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyName("card_id")]
    public required string CardId { get; set; }

    /// <summary><c>user_card_code</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("user_card_code")]
    public required string UserCardCode { get; set; }

    /// <summary><c>openid</c> (at most 128 characters); required.</summary>
    [JsonPropertyName("openid")]
    public required string OpenId { get; set; }

    /// <summary>
    /// <c>out_request_no</c>: the idempotency key (1 to 64 characters of <c>[0-9A-Za-z_-]</c>). Leave it
    /// <see langword="null"/> and the SDK generates one and stores it here, so sending this object again sends the same key.
    /// </summary>
    [JsonPropertyName("out_request_no")]
    public string? OutRequestNo { get; set; }

    /// <summary><c>cell</c>: the feed template id and its values (at most 128 characters); required.</summary>
    [JsonPropertyName("cell")]
    public required string Cell { get; set; }
}
