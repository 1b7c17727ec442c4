using System.Net.Http.Headers;

namespace MemberCards.Sdk;

/// <summary>
/// A UTF-8 JSON request body serialized whole before it is sent, whose exact bytes every step can read without copying
/// them: WeChat Pay's signing signs them, WeChat's access_token step sends them again after a renewal. The
/// <c>Content-Type</c> is set parsed (no header parse later), and the length is known, so the body is never chunked.
/// </summary>
internal sealed class MemberCardsJsonContent : ByteArrayContent
{
    /// <summary>Wraps a serialized body.</summary>
    /// <param name="body">The UTF-8 JSON bytes (kept, not copied).</param>
    /// <param name="charSet">The <c>charset</c> parameter of the <c>Content-Type</c>, or <see langword="null"/> for none.</param>
    public MemberCardsJsonContent(byte[] body, string? charSet)
        : base(body)
    {
        Body = body;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = charSet };
    }

    /// <summary>The bytes sent.</summary>
    public byte[] Body { get; }
}
