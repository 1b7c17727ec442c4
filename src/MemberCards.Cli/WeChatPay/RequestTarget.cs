namespace MemberCards.Cli.WeChatPay;

/// <summary>The request target as WeChat Pay signs it: path and query exactly as sent.</summary>
internal static class RequestTarget
{
    /// <summary>
    /// The target of a URL given on the command line: an absolute URL loses its scheme and host (by text, so nothing is
    /// re-encoded); a path is taken as it is.
    /// </summary>
    public static string Canonical(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return url;
        }

        var pathStart = url.IndexOf('/', schemeEnd + 3);
        return pathStart < 0 ? "/" : url[pathStart..];
    }
}
