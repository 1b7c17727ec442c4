using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>One entry of <c>/v3/certificates</c>.</summary>
internal sealed class CertificateEntry
{
    [JsonPropertyName("serial_no")]
    public string? SerialNo { get; set; }

    [JsonPropertyName("effective_time")]
    public DateTimeOffset? EffectiveTime { get; set; }

    [JsonPropertyName("expire_time")]
    public DateTimeOffset? ExpireTime { get; set; }

    [JsonPropertyName("encrypt_certificate")]
    public EncryptedResource? EncryptCertificate { get; set; }
}
