namespace MemberCards.Sdk.WeChatPay;

/// <summary>Reads WeChat Pay headers (their names are <see cref="WeChatPayConstants"/>) as received.</summary>
internal static class WeChatPayHeaders
{
    /// <summary>The first value of a header as received (these headers have no parser, so nothing is validated away), or <see langword="null"/>.</summary>
    public static string? Get(HttpResponseMessage response, string name) => First(response.Headers, name);

    /// <summary>The first value of a header of a request as sent, or <see langword="null"/>.</summary>
    public static string? Get(HttpRequestMessage request, string name) => First(request.Headers, name);

    private static string? First(System.Net.Http.Headers.HttpHeaders headers, string name)
    {
        if (headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }
}
