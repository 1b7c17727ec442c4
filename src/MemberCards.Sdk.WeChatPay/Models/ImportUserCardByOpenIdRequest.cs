namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-cards/import-by-openid</c>: give an existing member a card under a
/// template, by openid. No confirm step follows; importing a card the user already holds fails (update it with
/// <see cref="IWeChatPayBrandCardClient.UpdateUserCardAsync"/> instead). Sensitive fields are encrypted on send and
/// the <c>Wechatpay-Serial</c> of the key is sent with them.
/// </summary>
public sealed record ImportUserCardByOpenIdRequest : UserCardImportRequest, IBrandScopedRequest
{
    /// <summary><c>openid</c> under an AppID bound to the brand (at most 128 characters); required.</summary>
    [JsonPropertyName("openid")]
    [JsonPropertyOrder(UserCardWireOrder.OpenId)]
    public required string OpenId { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"ImportUserCardByOpenIdRequest {{ UserCardCode = {UserCardCode}, CardId = {CardId}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        FieldRules.Required(OpenId, "openid", 128);
        ValidateImport(scope);
    }
}
