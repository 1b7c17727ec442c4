namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// GET <c>/v3/brand/partner/card-member/cards?brand_id=[&amp;state=]&amp;offset=&amp;limit=</c> (partner) or
/// <c>/brand/card-member/cards?[state=&amp;]offset=&amp;limit=</c> (brand registration): a brand's card templates.
/// </summary>
public sealed class ListCardTemplatesRequest : IBrandScopedRequest
{
    /// <summary><c>brand_id</c> (query). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    public string? BrandId { get; set; }

    /// <summary><c>state</c>: only templates in this state, <c>CARD_EFFECTIVE</c> or <c>CARD_INVALID</c> (open set); <see langword="null"/> or empty for all.</summary>
    public string? State { get; set; }

    /// <summary><c>offset</c>: the page offset (0 first).</summary>
    public int Offset { get; set; }

    /// <summary><c>limit</c>: the page size, 1 to 20.</summary>
    public int Limit { get; set; } = 20;

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Page(Offset, Limit, WeChatPayConstants.MaxPageLimit);
        scope.Check(BrandId);
    }
}
