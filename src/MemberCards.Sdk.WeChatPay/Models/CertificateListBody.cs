namespace MemberCards.Sdk.WeChatPay;

/// <summary>The body of GET <c>/v3/certificates</c>.</summary>
internal sealed class CertificateListBody
{
    public List<CertificateEntry>? Data { get; set; }
}
