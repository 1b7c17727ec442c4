using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>PATCH <c>/v3/brand/partner/card-member/user-cards/{user_card_code}?card_id=</c>: update one user card.</summary>
public sealed class UpdateUserCardRequest
{
    /// <summary>The member card code (path); required.</summary>
    [JsonIgnore]
    public required string UserCardCode { get; init; }

    /// <summary><c>card_id</c>: the template id (query); required.</summary>
    [JsonIgnore]
    public required string CardId { get; init; }

    /// <summary><c>brand_id</c>.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; init; }

    /// <summary><c>openid</c>.</summary>
    [JsonPropertyName("openid")]
    public required string OpenId { get; init; }

    /// <summary><c>card_color</c>.</summary>
    [JsonPropertyName("card_color")]
    public string? CardColor { get; init; }

    /// <summary><c>card_picture_url</c>.</summary>
    [JsonPropertyName("card_picture_url")]
    public string? CardPictureUrl { get; init; }

    /// <summary><c>phone_number</c>: <see cref="SensitiveText.FromPlaintext"/> (the SDK encrypts it on send) or <see cref="SensitiveText.FromCiphertext"/> (sent as given).</summary>
    [JsonPropertyName("phone_number")]
    public SensitiveText? PhoneNumber { get; init; }

    /// <summary><c>level</c>.</summary>
    [JsonPropertyName("level")]
    public string? Level { get; init; }

    /// <summary><c>valid_date_information</c>.</summary>
    [JsonPropertyName("valid_date_information")]
    public ValidDateInformation? ValidDateInformation { get; init; }

    /// <summary><c>pickup_time</c>.</summary>
    [JsonPropertyName("pickup_time")]
    public DateTimeOffset? PickupTime { get; init; }

    /// <summary><c>user_information</c>: plain-text values are encrypted on send, ciphertexts sent as given (see <see cref="SensitiveText"/>).</summary>
    [JsonPropertyName("user_information")]
    public UserInformation? UserInformation { get; init; }

    /// <summary><c>attach</c>.</summary>
    [JsonPropertyName("attach")]
    public string? Attach { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"UpdateUserCardRequest {{ UserCardCode = {UserCardCode}, CardId = {CardId}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";
}
