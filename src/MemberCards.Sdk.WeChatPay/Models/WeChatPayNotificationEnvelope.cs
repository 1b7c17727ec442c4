using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The outer JSON of a WeChat Pay notification (before the resource is decrypted).</summary>
internal sealed class WeChatPayNotificationEnvelope
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("create_time")]
    public DateTimeOffset? CreateTime { get; set; }

    [JsonPropertyName("event_type")]
    public string? EventType { get; set; }

    [JsonPropertyName("resource_type")]
    public string? ResourceType { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("resource")]
    public EncryptedResource? Resource { get; set; }
}
