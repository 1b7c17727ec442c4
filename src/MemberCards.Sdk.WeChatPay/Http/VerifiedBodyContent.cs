namespace MemberCards.Sdk.WeChatPay;

/// <summary>A response body that was read and verified once; the client reads the same bytes without another copy.</summary>
internal sealed class VerifiedBodyContent : ByteArrayContent
{
    public VerifiedBodyContent(byte[] body, HttpContent original)
        : base(body)
    {
        Body = body;
        foreach (var header in original.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    public byte[] Body { get; }
}
