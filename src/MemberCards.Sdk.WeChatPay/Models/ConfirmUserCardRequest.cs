namespace MemberCards.Sdk.WeChatPay;

/// <summary>POST <c>/v3/brand/partner/card-member/user-cards/{user_card_code}/confirm</c>: report the result of an opening.</summary>
public sealed record ConfirmUserCardRequest : UserCardChangeRequest, IBrandScopedRequest
{
    /// <summary><c>card_id</c>.</summary>
    [JsonPropertyOrder(UserCardWireOrder.CardId)]
    public required string CardId { get; set; }

    /// <summary>
    /// <c>user_card_confirm_state</c>; required (a request left at <see cref="UserCardConfirmState.Unknown"/> is refused
    /// before sending). The partner call takes <see cref="UserCardConfirmState.CreateCardSuccess"/> or
    /// <see cref="UserCardConfirmState.CreateCardFail"/> only (P4015336979); <see cref="UserCardConfirmState.CreateCardAlreadyExists"/>
    /// is the brand-direct call's, and a partner registration refuses it before sending.
    /// </summary>
    [JsonPropertyOrder(UserCardWireOrder.ConfirmState)]
    public required UserCardConfirmState UserCardConfirmState { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"ConfirmUserCardRequest {{ UserCardCode = {UserCardCode}, State = {UserCardConfirmState}, PhoneNumber = {PhoneNumber?.ToString() ?? "(empty)"} }}";

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        ValidateChange(scope);
        FieldRules.Required(CardId, "card_id", 32);
        if (UserCardConfirmState == UserCardConfirmState.Unknown)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "user_card_confirm_state", "is required (CreateCardSuccess or CreateCardFail).");
        }

        if (scope.IsPartner && UserCardConfirmState == UserCardConfirmState.CreateCardAlreadyExists)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "user_card_confirm_state", "must be CreateCardSuccess or CreateCardFail on the partner call: CREATE_CARD_ALREADY_EXISTS is accepted by the brand-direct call only (a brand registration, WeChatPayOptions.Family = Brand).");
        }
    }
}
