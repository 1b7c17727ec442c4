namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// <c>user_information</c> of a card template: the form a user fills in to join (what it asks for, not the answers;
/// those are a card's <see cref="UserInformation"/>).
/// </summary>
public sealed record CardTemplateUserInformation
{
    /// <summary>
    /// <c>common_field_list</c>: the platform fields asked for, <c>USER_FORM_FLAG_SEX</c>, <c>USER_FORM_FLAG_NAME</c>,
    /// <c>USER_FORM_FLAG_BIRTHDAY</c>, <c>USER_FORM_FLAG_ADDRESS</c>, <c>USER_FORM_FLAG_EMAIL</c> or
    /// <c>USER_FORM_FLAG_CITY</c> (open set).
    /// </summary>
    public IReadOnlyList<string>? CommonFieldList { get; set; }

    /// <summary><c>custom_field_list</c>: the merchant's own fields (at most one).</summary>
    public IReadOnlyList<CardTemplateCustomField>? CustomFieldList { get; set; }

    /// <summary>Checks the documented limits (at most one custom field, non-empty common field flags), naming fields under <paramref name="field"/>.</summary>
    internal void Validate(string field)
    {
        if (CommonFieldList is { } common)
        {
            for (var i = 0; i < common.Count; i++)
            {
                FieldRules.Required(common[i], $"{field}.common_field_list[{i}]");
            }
        }

        if (CustomFieldList is not { } custom)
        {
            return;
        }

        if (custom.Count > 1)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, field + ".custom_field_list", $"must hold at most 1 field, got {custom.Count}.");
        }

        for (var i = 0; i < custom.Count; i++)
        {
            var item = custom[i] ?? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, $"{field}.custom_field_list[{i}]", "is required.");
            item.Validate($"{field}.custom_field_list[{i}]");
        }
    }
}
