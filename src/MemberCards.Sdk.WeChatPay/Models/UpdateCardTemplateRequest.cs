namespace MemberCards.Sdk.WeChatPay;

/// <summary>PATCH <c>/v3/brand/partner/card-member/cards/{card_id}</c>: update a card template.</summary>
public sealed class UpdateCardTemplateRequest : IBrandScopedRequest
{
    /// <summary><c>card_id</c>: the template to update (path); required.</summary>
    public required string CardId { get; set; }

    /// <summary>The body: the fields to change (unset ones are not sent); <see cref="CardTemplate.BrandId"/> required from a partner registration.</summary>
    public required CardTemplate Changes { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Required(CardId, "card_id");
        var changes = Changes ?? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, nameof(Changes), "is required (the template's new values).");
        ((IBrandScopedRequest)changes).Validate(scope);
    }
}
