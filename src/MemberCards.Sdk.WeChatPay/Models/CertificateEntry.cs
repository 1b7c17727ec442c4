namespace MemberCards.Sdk.WeChatPay;

/// <summary>One entry of <c>/v3/certificates</c>.</summary>
internal sealed class CertificateEntry
{
    public string? SerialNo { get; set; }

    public DateTimeOffset? EffectiveTime { get; set; }

    public DateTimeOffset? ExpireTime { get; set; }

    public EncryptedResource? EncryptCertificate { get; set; }
}
