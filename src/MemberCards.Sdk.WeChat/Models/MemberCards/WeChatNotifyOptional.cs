using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>Notification switches of updateuser.</summary>
public sealed class WeChatNotifyOptional
{
    /// <summary><c>is_notify_bonus</c>.</summary>
    [JsonPropertyName("is_notify_bonus")]
    public bool? IsNotifyBonus { get; init; }

    /// <summary><c>is_notify_balance</c>.</summary>
    [JsonPropertyName("is_notify_balance")]
    public bool? IsNotifyBalance { get; init; }

    /// <summary><c>is_notify_custom_field1</c>.</summary>
    [JsonPropertyName("is_notify_custom_field1")]
    public bool? IsNotifyCustomField1 { get; init; }

    /// <summary><c>is_notify_custom_field2</c>.</summary>
    [JsonPropertyName("is_notify_custom_field2")]
    public bool? IsNotifyCustomField2 { get; init; }

    /// <summary><c>is_notify_custom_field3</c>.</summary>
    [JsonPropertyName("is_notify_custom_field3")]
    public bool? IsNotifyCustomField3 { get; init; }
}
