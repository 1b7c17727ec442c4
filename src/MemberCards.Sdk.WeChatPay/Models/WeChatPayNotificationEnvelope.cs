namespace MemberCards.Sdk.WeChatPay;

/// <summary>The outer JSON of a WeChat Pay notification (before the resource is decrypted).</summary>
internal sealed class WeChatPayNotificationEnvelope
{
    public string? Id { get; set; }

    public DateTimeOffset? CreateTime { get; set; }

    public string? EventType { get; set; }

    public string? ResourceType { get; set; }

    public string? Summary { get; set; }

    public EncryptedResource? Resource { get; set; }
}
