namespace MemberCards.Sdk.WeChatPay;

/// <summary>The personal information the user filled in when opening the card (<c>user_information</c>).</summary>
public sealed record UserInformation
{
    /// <summary><c>common_field_list</c>: platform-defined fields.</summary>
    public IReadOnlyList<CommonField>? CommonFieldList { get; set; }

    /// <summary><c>custom_field_list</c>: merchant-defined fields.</summary>
    public IReadOnlyList<CustomField>? CustomFieldList { get; set; }
}
