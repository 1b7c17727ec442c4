namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A user's member card, as GET, PATCH, confirm and invalidate of <c>/user-cards/{user_card_code}</c> and the
/// notifications return it; the content shared with the requests is on <see cref="UserCardContent"/>.
/// </summary>
public sealed record UserCard : UserCardContent
{
    /// <summary><c>user_card_code</c>: the member card code.</summary>
    [JsonPropertyOrder(UserCardWireOrder.UserCardCode)]
    public string? UserCardCode { get; set; }

    /// <summary><c>card_id</c>: the card template id.</summary>
    [JsonPropertyOrder(UserCardWireOrder.CardId)]
    public string? CardId { get; set; }

    /// <summary><c>openid</c>: the user.</summary>
    [JsonPropertyName("openid")]
    [JsonPropertyOrder(UserCardWireOrder.OpenId)]
    public string? OpenId { get; set; }

    /// <summary><c>brand_id</c>: the brand.</summary>
    [JsonPropertyOrder(UserCardWireOrder.BrandIdInCards)]
    public string? BrandId { get; set; }

    /// <summary><c>card_type</c>: the kind of card.</summary>
    [JsonPropertyOrder(UserCardWireOrder.CardType)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public CardType CardType { get; set; }

    /// <summary><c>pickup_time</c>: when the user received the card.</summary>
    [JsonPropertyOrder(UserCardWireOrder.PickupTime)]
    public DateTimeOffset? PickupTime { get; set; }

    /// <summary><c>user_card_state</c>: the state of the card.</summary>
    [JsonPropertyOrder(UserCardWireOrder.UserCardState)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public UserCardState UserCardState { get; set; }

    /// <summary><c>invalid_reason</c>: why the card was invalidated.</summary>
    [JsonPropertyOrder(UserCardWireOrder.InvalidReason)]
    public string? InvalidReason { get; set; }

    /// <summary><c>invalid_time</c>: when the card was invalidated.</summary>
    [JsonPropertyOrder(UserCardWireOrder.InvalidTime)]
    public DateTimeOffset? InvalidTime { get; set; }

    /// <summary><c>create_time</c>: when the card was created.</summary>
    [JsonPropertyOrder(UserCardWireOrder.CreateTime)]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary><c>modify_time</c>: when the card last changed.</summary>
    [JsonPropertyOrder(UserCardWireOrder.ModifyTime)]
    public DateTimeOffset? ModifyTime { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"UserCard {{ UserCardCode = {UserCardCode}, CardId = {CardId}, State = {UserCardState}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";
}
