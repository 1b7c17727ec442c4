namespace MemberCards.Sdk.WeChatPay;

/// <summary>WeChat Pay header names (from <see cref="WeChatPayConstants"/>) and lookup.</summary>
internal static class WeChatPayHeaders
{
    public const string Timestamp = WeChatPayConstants.TimestampHeader;
    public const string Nonce = WeChatPayConstants.NonceHeader;
    public const string Signature = WeChatPayConstants.SignatureHeader;
    public const string Serial = WeChatPayConstants.SerialHeader;
    public const string SignatureType = WeChatPayConstants.SignatureTypeHeader;
    public const string RequestId = WeChatPayConstants.RequestIdHeader;

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
