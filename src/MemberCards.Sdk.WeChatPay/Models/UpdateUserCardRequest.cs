namespace MemberCards.Sdk.WeChatPay;

/// <summary>PATCH <c>/v3/brand/partner/card-member/user-cards/{user_card_code}?card_id=</c>: update one user card.</summary>
public sealed record UpdateUserCardRequest : UserCardChangeRequest, IBrandScopedRequest
{
    /// <summary><c>card_id</c>: the template id (query); required.</summary>
    [JsonIgnore]
    public required string CardId { get; set; }

    /// <summary><c>pickup_time</c>.</summary>
    [JsonPropertyOrder(UserCardWireOrder.PickupTime)]
    public DateTimeOffset? PickupTime { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"UpdateUserCardRequest {{ UserCardCode = {UserCardCode}, CardId = {CardId}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        ValidateChange(scope);
        FieldRules.Required(CardId, "card_id", 32);
    }
}
