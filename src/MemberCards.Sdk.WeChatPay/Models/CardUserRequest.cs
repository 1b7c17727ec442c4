namespace MemberCards.Sdk.WeChatPay;

/// <summary>The brand, card template and user a card-member request names, written first in its body.</summary>
public abstract record CardUserRequest
{
    /// <summary><c>brand_id</c> (at most 32 characters; 16 on the points calls). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    [JsonPropertyOrder(CardMemberWireOrder.BrandId)]
    public string? BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyOrder(CardMemberWireOrder.CardId)]
    public required string CardId { get; set; }

    /// <summary><c>openid</c>: the user, under an AppID bound to the brand (at most 128 characters); required.</summary>
    [JsonPropertyName("openid")]
    [JsonPropertyOrder(CardMemberWireOrder.OpenId)]
    public required string OpenId { get; set; }

    /// <summary>The documented limits of the brand, template and user, checked in that order.</summary>
    /// <param name="scope">The <c>brand_id</c> rule of the sending registration.</param>
    /// <param name="brandIdLimit">The longest <c>brand_id</c> the operation accepts.</param>
    private protected void ValidateUser(BrandScope scope, int brandIdLimit)
    {
        scope.Check(BrandId, brandIdLimit);
        FieldRules.Required(CardId, "card_id", 32);
        FieldRules.Required(OpenId, "openid", 128);
    }
}
