namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The rules of the card template fields that a create (<see cref="CreateCardTemplateRequest"/>) and an update
/// (<see cref="UpdateCardTemplateRequest"/>) both send, written once: each failure a
/// <see cref="MemberCardsValidationException"/> naming the wire field.
/// </summary>
internal static class CardTemplateRules
{
    /// <summary>The optional fields both send: their documented lengths and, for the nested objects, their own rules.</summary>
    public static void Optional(
        string? initLevel,
        string? servicePhone,
        string? legalAgreement,
        CardJumpInformation? member,
        CardJumpInformation? points,
        CardJumpInformation? balance,
        CardPurchaseInformation? purchase,
        CardTemplateUserInformation? user)
    {
        FieldRules.Optional(initLevel, "init_level", 10);
        FieldRules.Optional(servicePhone, "service_phone", 32);
        FieldRules.Optional(legalAgreement, "legal_agreement", 20480);
        member?.Validate("member_information");
        points?.Validate("points_information");
        balance?.Validate("balance_information");
        purchase?.Validate("purchase_information");
        user?.Validate("user_information");
    }
}
