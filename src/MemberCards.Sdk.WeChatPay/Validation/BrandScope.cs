namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The <c>brand_id</c> rule of a request, by the family of the registration that sends it (issue 21). A partner
/// registration names the brand in every request, so <c>brand_id</c> is required there. A brand registration's
/// Authorization names the brand and its requests carry no <c>brand_id</c>: a request may leave it unset, and one that
/// sets it must name the registration's own brand (<see cref="WeChatPayOptions.BrandId"/>), because a call for another
/// brand signed as this one is a caller mistake. A value read from the options in effect for each call; checking it
/// allocates nothing unless it fails.
/// </summary>
internal readonly struct BrandScope
{
    private readonly string? brandId;
    private readonly string? registration;

    private BrandScope(string? brandId, string registration)
    {
        this.brandId = brandId;
        this.registration = registration;
    }

    /// <summary>The scope of a partner registration: every request names its brand.</summary>
    public static BrandScope Partner => default;

    /// <summary>Whether this is the scope of a partner registration (the partner family's pages and values apply).</summary>
    public bool IsPartner => registration is null;

    /// <summary>The scope of <paramref name="merchant"/>'s registration, by its options in effect.</summary>
    public static BrandScope Of(WeChatPayMerchant merchant)
    {
        var options = merchant.Options;
        return options.Family == WeChatPayFamily.Brand ? new BrandScope(options.BrandId, merchant.Name) : Partner;
    }

    /// <summary>
    /// Checks the <c>brand_id</c> a request names: for a partner registration required, of at most
    /// <paramref name="maxLength"/> characters; for a brand registration unset (<see langword="null"/> or empty) or the
    /// registration's own brand.
    /// </summary>
    /// <exception cref="MemberCardsValidationException">The value breaks the rule; the message names <c>brand_id</c> and, for a brand registration, its <c>BrandId</c> setting.</exception>
    public void Check(string? value, int maxLength)
    {
        if (registration is null)
        {
            FieldRules.Required(value, "brand_id", maxLength);
            return;
        }

        if (!string.IsNullOrEmpty(value) && !string.Equals(value, brandId, StringComparison.Ordinal))
        {
            var setting = MemberCardsSettingName.Of(WeChatPayConstants.ServiceName, registration, nameof(WeChatPayOptions.BrandId));
            throw new MemberCardsValidationException(
                WeChatPayConstants.ServiceName,
                "brand_id",
                $"is '{value}', but this brand registration signs as brand '{brandId}' ({setting}) and a brand registration calls for its own brand only: leave the request's BrandId unset or set it to {setting}.");
        }
    }

    /// <summary>Checks a <c>brand_id</c> whose length WeChat Pay does not document (a query value), as <see cref="Check(string?, int)"/>.</summary>
    public void Check(string? value) => Check(value, int.MaxValue);
}
