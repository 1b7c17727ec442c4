using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>One entry of <c>/v3/certificates</c>.</summary>
internal sealed class CertificateEntry
{
    [JsonPropertyName("serial_no")]
    public string? SerialNo { get; init; }

    [JsonPropertyName("effective_time")]
    public DateTimeOffset? EffectiveTime { get; init; }

    [JsonPropertyName("expire_time")]
    public DateTimeOffset? ExpireTime { get; init; }

    [JsonPropertyName("encrypt_certificate")]
    public EncryptedResource? EncryptCertificate { get; init; }
}
