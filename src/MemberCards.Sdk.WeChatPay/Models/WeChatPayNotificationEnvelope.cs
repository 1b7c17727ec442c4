using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The outer JSON of a WeChat Pay notification (before the resource is decrypted).</summary>
internal sealed class WeChatPayNotificationEnvelope
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("create_time")]
    public DateTimeOffset? CreateTime { get; init; }

    [JsonPropertyName("event_type")]
    public string? EventType { get; init; }

    [JsonPropertyName("resource_type")]
    public string? ResourceType { get; init; }

    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    [JsonPropertyName("resource")]
    public EncryptedResource? Resource { get; init; }
}
