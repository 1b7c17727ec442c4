using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>A user's member card, as GET, PATCH, confirm and invalidate of <c>/user-cards/{user_card_code}</c> return it.</summary>
public sealed class UserCard
{
    /// <summary><c>user_card_code</c>: the member card code.</summary>
    [JsonPropertyName("user_card_code")]
    public string? UserCardCode { get; init; }

    /// <summary><c>card_id</c>: the card template id.</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary><c>openid</c>: the user.</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; init; }

    /// <summary><c>card_color</c>: the background colour.</summary>
    [JsonPropertyName("card_color")]
    public string? CardColor { get; init; }

    /// <summary><c>card_picture_url</c>: the background picture.</summary>
    [JsonPropertyName("card_picture_url")]
    public string? CardPictureUrl { get; init; }

    /// <summary><c>brand_id</c>: the brand.</summary>
    [JsonPropertyName("brand_id")]
    public string? BrandId { get; init; }

    /// <summary><c>card_type</c>: the kind of card.</summary>
    [JsonPropertyName("card_type")]
    public CardType CardType { get; init; }

    /// <summary><c>phone_number</c>: the phone number, RSA-OAEP encrypted to the merchant key; <see cref="SensitiveText.Reveal"/> decrypts it on first read.</summary>
    [JsonPropertyName("phone_number")]
    public SensitiveText? PhoneNumber { get; init; }

    /// <summary><c>level</c>: the membership level.</summary>
    [JsonPropertyName("level")]
    public string? Level { get; init; }

    /// <summary><c>valid_date_information</c>: the validity.</summary>
    [JsonPropertyName("valid_date_information")]
    public ValidDateInformation? ValidDateInformation { get; init; }

    /// <summary><c>pickup_time</c>: when the user received the card.</summary>
    [JsonPropertyName("pickup_time")]
    public DateTimeOffset? PickupTime { get; init; }

    /// <summary><c>user_information</c>: what the user filled in (values decrypted on first read, see <see cref="SensitiveText"/>).</summary>
    [JsonPropertyName("user_information")]
    public UserInformation? UserInformation { get; init; }

    /// <summary><c>attach</c>: the merchant's data.</summary>
    [JsonPropertyName("attach")]
    public string? Attach { get; init; }

    /// <summary><c>user_card_state</c>: the state of the card.</summary>
    [JsonPropertyName("user_card_state")]
    public UserCardState UserCardState { get; init; }

    /// <summary><c>invalid_reason</c>: why the card was invalidated.</summary>
    [JsonPropertyName("invalid_reason")]
    public string? InvalidReason { get; init; }

    /// <summary><c>invalid_time</c>: when the card was invalidated.</summary>
    [JsonPropertyName("invalid_time")]
    public DateTimeOffset? InvalidTime { get; init; }

    /// <summary><c>create_time</c>: when the card was created.</summary>
    [JsonPropertyName("create_time")]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary><c>modify_time</c>: when the card last changed.</summary>
    [JsonPropertyName("modify_time")]
    public DateTimeOffset? ModifyTime { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"UserCard {{ UserCardCode = {UserCardCode}, CardId = {CardId}, State = {UserCardState}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";
}
