namespace MemberCards.Sdk.WeChatPay;

/// <summary>A card-member request about one member's card: the brand, template, user and the card's code.</summary>
public abstract record CardMemberRequest : CardUserRequest
{
    /// <summary><c>user_card_code</c>: the member's card (at most 32 characters); required.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.UserCardCode)]
    public required string UserCardCode { get; set; }

    /// <summary>The documented limits of the brand, template, user and card code, checked in that order.</summary>
    /// <param name="scope">The <c>brand_id</c> rule of the sending registration.</param>
    /// <param name="brandIdLimit">The longest <c>brand_id</c> the operation accepts.</param>
    private protected void ValidateMember(BrandScope scope, int brandIdLimit)
    {
        ValidateUser(scope, brandIdLimit);
        FieldRules.Required(UserCardCode, "user_card_code", 32);
    }
}
