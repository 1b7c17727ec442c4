using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>card/membercard/activate: activates a picked-up card and sets its number, points and balance.</summary>
public sealed class WeChatActivateMemberCardRequest
{
    /// <summary>The member number shown on the card (<c>membership_number</c>, required).</summary>
    [JsonPropertyName("membership_number")]
    public string? MembershipNumber { get; init; }

    /// <summary>The user card code from <c>user_get_card</c> (<c>code</c>, required).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The card id (<c>card_id</c>, required for custom-code cards).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>A personal background (<c>background_pic_url</c>).</summary>
    [JsonPropertyName("background_pic_url")]
    public string? BackgroundPicUrl { get; init; }

    /// <summary>Start of validity, unix seconds (<c>activate_begin_time</c>).</summary>
    [JsonPropertyName("activate_begin_time")]
    public long? ActivateBeginTime { get; init; }

    /// <summary>End of validity, unix seconds (<c>activate_end_time</c>).</summary>
    [JsonPropertyName("activate_end_time")]
    public long? ActivateEndTime { get; init; }

    /// <summary>Initial points (<c>init_bonus</c>).</summary>
    [JsonPropertyName("init_bonus")]
    public long? InitBonus { get; init; }

    /// <summary>Why the initial points were given (<c>init_bonus_record</c>).</summary>
    [JsonPropertyName("init_bonus_record")]
    public string? InitBonusRecord { get; init; }

    /// <summary>Initial balance in fen (<c>init_balance</c>).</summary>
    [JsonPropertyName("init_balance")]
    public long? InitBalance { get; init; }

    /// <summary>Initial value of custom field 1, at most 12 bytes (<c>init_custom_field_value1</c>).</summary>
    [JsonPropertyName("init_custom_field_value1")]
    public string? InitCustomFieldValue1 { get; init; }

    /// <summary>Initial value of custom field 2 (<c>init_custom_field_value2</c>).</summary>
    [JsonPropertyName("init_custom_field_value2")]
    public string? InitCustomFieldValue2 { get; init; }

    /// <summary>Initial value of custom field 3 (<c>init_custom_field_value3</c>).</summary>
    [JsonPropertyName("init_custom_field_value3")]
    public string? InitCustomFieldValue3 { get; init; }
}
