using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-cards/import-by-phone</c>: give an existing member a card by phone
/// number (<see cref="UserCardContent.PhoneNumber"/> required, encrypted on send with its <c>Wechatpay-Serial</c>).
/// </summary>
/// <remarks>
/// Documented by WeChat Pay but <b>not live</b>: the product guide and the brand-side docs say phone import is not open
/// yet, so expect an error answer until WeChat Pay opens it. Use <see cref="ImportUserCardByOpenIdRequest"/> today.
/// </remarks>
public sealed record ImportUserCardByPhoneRequest : UserCardContent
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

    /// <summary><c>pickup_time</c>: when the member got the card.</summary>
    [JsonPropertyName("pickup_time")]
    [JsonPropertyOrder(UserCardWireOrder.PickupTime)]
    public DateTimeOffset? PickupTime { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"ImportUserCardByPhoneRequest {{ UserCardCode = {UserCardCode}, CardId = {CardId}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";
}
