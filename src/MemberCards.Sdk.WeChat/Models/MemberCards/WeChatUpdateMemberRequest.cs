using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// card/membercard/updateuser: reports points, balance and custom field changes. Send either a new total
/// (<see cref="Bonus"/>) or a delta (<see cref="AddBonus"/>), not both; the same for balance.
/// </summary>
public sealed class WeChatUpdateMemberRequest
{
    /// <summary>The user card code (<c>code</c>, required).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The card id (<c>card_id</c>, required).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>A personal background (<c>background_pic_url</c>).</summary>
    [JsonPropertyName("background_pic_url")]
    public string? BackgroundPicUrl { get; init; }

    /// <summary>New points total (<c>bonus</c>).</summary>
    [JsonPropertyName("bonus")]
    public long? Bonus { get; init; }

    /// <summary>Points delta, negative to deduct (<c>add_bonus</c>).</summary>
    [JsonPropertyName("add_bonus")]
    public long? AddBonus { get; init; }

    /// <summary>Reason shown to the member (<c>record_bonus</c>).</summary>
    [JsonPropertyName("record_bonus")]
    public string? RecordBonus { get; init; }

    /// <summary>New balance total in fen (<c>balance</c>).</summary>
    [JsonPropertyName("balance")]
    public long? Balance { get; init; }

    /// <summary>Balance delta in fen (<c>add_balance</c>).</summary>
    [JsonPropertyName("add_balance")]
    public long? AddBalance { get; init; }

    /// <summary>Reason shown to the member (<c>record_balance</c>).</summary>
    [JsonPropertyName("record_balance")]
    public string? RecordBalance { get; init; }

    /// <summary>Custom field 1 value (<c>custom_field_value1</c>).</summary>
    [JsonPropertyName("custom_field_value1")]
    public string? CustomFieldValue1 { get; init; }

    /// <summary>Custom field 2 value (<c>custom_field_value2</c>).</summary>
    [JsonPropertyName("custom_field_value2")]
    public string? CustomFieldValue2 { get; init; }

    /// <summary>Custom field 3 value (<c>custom_field_value3</c>).</summary>
    [JsonPropertyName("custom_field_value3")]
    public string? CustomFieldValue3 { get; init; }

    /// <summary>Which changes trigger a notification (<c>notify_optional</c>).</summary>
    [JsonPropertyName("notify_optional")]
    public WeChatNotifyOptional? NotifyOptional { get; init; }
}
