using System.Net.Http.Headers;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>A UTF-8 JSON request body whose exact bytes the signing handler signs.</summary>
internal sealed class JsonBodyContent : ByteArrayContent
{
    public JsonBodyContent(byte[] body)
        : base(body)
    {
        Body = body;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    public byte[] Body { get; }
}
