namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// What a user card shows and holds, shared by the card WeChat Pay returns (<see cref="UserCard"/>) and the requests
/// that change it (<see cref="UpdateUserCardRequest"/>, <see cref="ConfirmUserCardRequest"/>). The sensitive fields
/// (<see cref="PhoneNumber"/>, the values in <see cref="UserInformation"/>) are RSA-OAEP ciphertext on the wire both
/// ways: read ones decrypt on <see cref="SensitiveText.Reveal"/>, plain-text ones are encrypted on send
/// (<see cref="SensitiveText"/>). Copy a card or request with a change through <c>with</c>.
/// </summary>
public abstract record UserCardContent
{
    /// <summary><c>card_color</c>: the background colour.</summary>
    [JsonPropertyOrder(UserCardWireOrder.CardColor)]
    public string? CardColor { get; set; }

    /// <summary><c>card_picture_url</c>: the background picture.</summary>
    [JsonPropertyOrder(UserCardWireOrder.CardPictureUrl)]
    public string? CardPictureUrl { get; set; }

    /// <summary>
    /// <c>phone_number</c>. Read: encrypted to the merchant key, <see cref="SensitiveText.Reveal"/> decrypts it on first
    /// read. Sent: <see cref="SensitiveText.FromPlaintext"/> (the SDK encrypts it) or <see cref="SensitiveText.FromCiphertext"/> (sent as given).
    /// </summary>
    [JsonPropertyOrder(UserCardWireOrder.PhoneNumber)]
    public SensitiveText? PhoneNumber { get; set; }

    /// <summary><c>level</c>: the membership level.</summary>
    [JsonPropertyOrder(UserCardWireOrder.Level)]
    public string? Level { get; set; }

    /// <summary><c>valid_date_information</c>: the validity.</summary>
    [JsonPropertyOrder(UserCardWireOrder.ValidDateInformation)]
    public ValidDateInformation? ValidDateInformation { get; set; }

    /// <summary><c>user_information</c>: what the user filled in; its values are sensitive the same way as <see cref="PhoneNumber"/>.</summary>
    [JsonPropertyOrder(UserCardWireOrder.UserInformation)]
    public UserInformation? UserInformation { get; set; }

    /// <summary><c>attach</c>: the merchant's data.</summary>
    [JsonPropertyOrder(UserCardWireOrder.Attach)]
    public string? Attach { get; set; }

    /// <summary>The documented limits of the card content a request sets (level, attach, colour, picture).</summary>
    private protected void ValidateContent()
    {
        FieldRules.Optional(Level, "level", 10);
        FieldRules.Optional(Attach, "attach", 256);
        FieldRules.Optional(CardPictureUrl, "card_picture_url", 256);
        RgbColor.Check(CardColor);
    }
}
