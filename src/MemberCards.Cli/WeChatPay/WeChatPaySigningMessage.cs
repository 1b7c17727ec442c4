using System.Text;

namespace MemberCards.Cli.WeChatPay;

/// <summary>
/// The byte strings WeChat Pay APIv3 signs: five LF-terminated lines for a request
/// (<c>METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n</c>), three for a response or notification (<c>TIMESTAMP\nNONCE\nBODY\n</c>).
/// The body is taken byte for byte.
/// </summary>
internal static class WeChatPaySigningMessage
{
    public static byte[] ForRequest(string method, string canonicalUrl, string timestamp, string nonce, ReadOnlySpan<byte> body)
        => Join([method, canonicalUrl, timestamp, nonce], body);

    public static byte[] ForResponse(string timestamp, string nonce, ReadOnlySpan<byte> body)
        => Join([timestamp, nonce], body);

    /// <summary>
    /// The request target as signed: path and query exactly as sent. An absolute URL loses its scheme and host
    /// (by text, so nothing is re-encoded).
    /// </summary>
    public static string CanonicalUrl(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return url;
        }

        var pathStart = url.IndexOf('/', schemeEnd + 3);
        return pathStart < 0 ? "/" : url[pathStart..];
    }

    private static byte[] Join(string[] lines, ReadOnlySpan<byte> body)
    {
        using var buffer = new MemoryStream();
        foreach (var line in lines)
        {
            buffer.Write(Encoding.UTF8.GetBytes(line));
            buffer.WriteByte((byte)'\n');
        }

        buffer.Write(body);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
