namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/v3/brand/partner/card-member/user-cards/import-by-phone</c>: give an existing member a card by phone
/// number (<see cref="UserCardContent.PhoneNumber"/> required, encrypted on send with its <c>Wechatpay-Serial</c>).
/// </summary>
/// <remarks>
/// Documented by WeChat Pay but <b>not live</b>: the product guide and the brand-side docs say phone import is not open
/// yet, so expect an error answer until WeChat Pay opens it. Use <see cref="ImportUserCardByOpenIdRequest"/> today.
/// </remarks>
public sealed record ImportUserCardByPhoneRequest : UserCardImportRequest, IBrandScopedRequest
{
    /// <inheritdoc />
    public override string ToString() => $"ImportUserCardByPhoneRequest {{ UserCardCode = {UserCardCode}, CardId = {CardId}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        if (PhoneNumber is null)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "phone_number", "is required (the member is found by it).");
        }

        ValidateImport(scope);
    }
}
