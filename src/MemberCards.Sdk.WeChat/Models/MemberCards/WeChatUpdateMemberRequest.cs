namespace MemberCards.Sdk.WeChat;

/// <summary>
/// card/membercard/updateuser: reports points, balance and custom field changes. Send either a new total
/// (<see cref="Bonus"/>) or a delta (<see cref="AddBonus"/>), not both; the same for balance.
/// </summary>
public sealed class WeChatUpdateMemberRequest : IValidatedRequest
{
    /// <summary>The user card code (<c>code</c>, required).</summary>
    public string? Code { get; set; }

    /// <summary>The card id (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <summary>A personal background (<c>background_pic_url</c>).</summary>
    public string? BackgroundPicUrl { get; set; }

    /// <summary>New points total (<c>bonus</c>).</summary>
    public long? Bonus { get; set; }

    /// <summary>Points delta, negative to deduct (<c>add_bonus</c>).</summary>
    public long? AddBonus { get; set; }

    /// <summary>Reason shown to the member (<c>record_bonus</c>).</summary>
    public string? RecordBonus { get; set; }

    /// <summary>New balance total in fen (<c>balance</c>).</summary>
    public long? Balance { get; set; }

    /// <summary>Balance delta in fen (<c>add_balance</c>).</summary>
    public long? AddBalance { get; set; }

    /// <summary>Reason shown to the member (<c>record_balance</c>).</summary>
    public string? RecordBalance { get; set; }

    /// <summary>Custom field 1 value (<c>custom_field_value1</c>).</summary>
    public string? CustomFieldValue1 { get; set; }

    /// <summary>Custom field 2 value (<c>custom_field_value2</c>).</summary>
    public string? CustomFieldValue2 { get; set; }

    /// <summary>Custom field 3 value (<c>custom_field_value3</c>).</summary>
    public string? CustomFieldValue3 { get; set; }

    /// <summary>Which changes trigger a notification (<c>notify_optional</c>).</summary>
    public WeChatNotifyOptional? NotifyOptional { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateUpdateUser(this);
}
