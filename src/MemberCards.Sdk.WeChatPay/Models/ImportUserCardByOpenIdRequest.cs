using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-cards/import-by-openid</c>: give an existing member a card under a
/// template, by openid. No confirm step follows; importing a card the user already holds fails (update it with
/// <see cref="IWeChatPayBrandCardClient.UpdateUserCardAsync"/> instead). Sensitive fields are encrypted on send and
/// the <c>Wechatpay-Serial</c> of the key is sent with them.
/// </summary>
public sealed record ImportUserCardByOpenIdRequest : UserCardContent
{
    /// <summary><c>user_card_code</c>: the member's code (at most 32 characters); required.</summary>
    [JsonPropertyName("user_card_code")]
    [JsonPropertyOrder(UserCardWireOrder.UserCardCode)]
    public required string UserCardCode { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("brand_id")]
    [JsonPropertyOrder(UserCardWireOrder.BrandIdInRequests)]
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyName("card_id")]
    [JsonPropertyOrder(UserCardWireOrder.CardId)]
    public required string CardId { get; set; }

    /// <summary><c>openid</c> under an AppID bound to the brand (at most 128 characters); required.</summary>
    [JsonPropertyName("openid")]
    [JsonPropertyOrder(UserCardWireOrder.OpenId)]
    public required string OpenId { get; set; }

    /// <summary><c>pickup_time</c>: when the member got the card.</summary>
    [JsonPropertyName("pickup_time")]
    [JsonPropertyOrder(UserCardWireOrder.PickupTime)]
    public DateTimeOffset? PickupTime { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"ImportUserCardByOpenIdRequest {{ UserCardCode = {UserCardCode}, CardId = {CardId}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";
}
