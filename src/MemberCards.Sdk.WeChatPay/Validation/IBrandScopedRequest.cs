namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A request that names a brand (<c>brand_id</c>): its rules depend on the family of the registration that sends it
/// (<see cref="BrandScope"/>). The client's one send helper checks it with the scope of its registration; checked without
/// one (<see cref="IValidatedRequest.Validate"/>), it is held to the partner rules, where <c>brand_id</c> is required.
/// </summary>
internal interface IBrandScopedRequest : IValidatedRequest
{
    /// <summary>
    /// Checks the request as <see cref="IValidatedRequest.Validate"/> does, with <c>brand_id</c> checked by
    /// <paramref name="scope"/> at the place the request's rules name it.
    /// </summary>
    /// <param name="scope">The registration's <c>brand_id</c> rule.</param>
    /// <exception cref="MemberCardsValidationException">A field is missing or out of its limits, or names another brand.</exception>
    void Validate(BrandScope scope);

    /// <inheritdoc />
    void IValidatedRequest.Validate() => Validate(BrandScope.Partner);
}
