namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The body of POST <c>/pre-auth-tokens</c> (<see cref="IWeChatPayBrandCardClient.CreatePreAuthTokenAsync"/>) and
/// POST <c>/pay-view-tokens</c> (<see cref="IWeChatPayBrandCardClient.CreatePayViewTokenAsync"/>): the user and template a
/// token is for (<see cref="CardUserRequest"/>).
/// </summary>
public sealed record CreateMemberTokenRequest : CardUserRequest, IBrandScopedRequest
{
    void IBrandScopedRequest.Validate(BrandScope scope) => ValidateUser(scope, 32);
}
