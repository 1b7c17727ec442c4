namespace MemberCards.Sdk.WeChatPay;

/// <summary>PATCH <c>/v3/brand/partner/card-member/cards/{card_id}</c>: update a card template.</summary>
public sealed class UpdateCardTemplateRequest
{
    /// <summary><c>card_id</c>: the template to update (path); required.</summary>
    public required string CardId { get; set; }

    /// <summary>The body: the fields to change (unset ones are not sent); <see cref="CardTemplate.BrandId"/> required.</summary>
    public required CardTemplate Changes { get; set; }
}
