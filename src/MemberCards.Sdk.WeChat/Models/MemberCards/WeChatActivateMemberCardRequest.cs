namespace MemberCards.Sdk.WeChat;

/// <summary>card/membercard/activate: activates a picked-up card and sets its number, points and balance.</summary>
public sealed class WeChatActivateMemberCardRequest : IValidatedRequest
{
    /// <summary>The member number shown on the card (<c>membership_number</c>, required).</summary>
    public string? MembershipNumber { get; set; }

    /// <summary>The user card code from <c>user_get_card</c> (<c>code</c>, required).</summary>
    public string? Code { get; set; }

    /// <summary>The card id (<c>card_id</c>, required for custom-code cards).</summary>
    public string? CardId { get; set; }

    /// <summary>A personal background (<c>background_pic_url</c>).</summary>
    public string? BackgroundPicUrl { get; set; }

    /// <summary>Start of validity, unix seconds (<c>activate_begin_time</c>).</summary>
    public long? ActivateBeginTime { get; set; }

    /// <summary>End of validity, unix seconds (<c>activate_end_time</c>).</summary>
    public long? ActivateEndTime { get; set; }

    /// <summary>Initial points (<c>init_bonus</c>).</summary>
    public long? InitBonus { get; set; }

    /// <summary>Why the initial points were given (<c>init_bonus_record</c>).</summary>
    public string? InitBonusRecord { get; set; }

    /// <summary>Initial balance in fen (<c>init_balance</c>).</summary>
    public long? InitBalance { get; set; }

    /// <summary>Initial value of custom field 1, at most 12 bytes (<c>init_custom_field_value1</c>).</summary>
    public string? InitCustomFieldValue1 { get; set; }

    /// <summary>Initial value of custom field 2 (<c>init_custom_field_value2</c>).</summary>
    public string? InitCustomFieldValue2 { get; set; }

    /// <summary>Initial value of custom field 3 (<c>init_custom_field_value3</c>).</summary>
    public string? InitCustomFieldValue3 { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateActivate(this);
}
